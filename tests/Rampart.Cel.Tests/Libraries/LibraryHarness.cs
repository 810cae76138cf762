using Rampart.Cel.Functions;
using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Libraries;

/// <summary>
/// Calls library overloads by id, the way the evaluator does once it has chosen an overload: only with
/// arguments whose runtime types fit the declared parameters (checked here, so a test cannot pass a value
/// the engine would never pass).
/// </summary>
internal static class LibraryHarness
{
    private static readonly Lazy<Dictionary<string, CelOverload>> Overloads = new(() =>
    {
        var environment = CelEnvironment.CreateBuilder().UseExtensionLibraries().UseKubernetesLibraries().Build();
        return environment.Functions.Values.SelectMany(o => o).ToDictionary(o => o.Id, StringComparer.Ordinal);
    });

    public static CelOverload Overload(string id) => Overloads.Value[id];

    public static CelValue Call(string id, params CelValue[] arguments)
    {
        var overload = Overload(id);
        Assert.Equal(overload.Parameters.Count, arguments.Length);
        Assert.True(overload.AcceptsRuntime(arguments), $"{id} does not accept ({string.Join(", ", arguments.Select(a => a.Type.Name))})");
        return overload.Implementation.Invoke(arguments);
    }

    public static CelValue S(string value) => CelString.Of(value);

    public static CelValue I(long value) => CelInt.Of(value);

    public static CelValue U(ulong value) => CelUInt.Of(value);

    public static CelValue D(double value) => CelDouble.Of(value);

    public static CelValue B(bool value) => CelBool.Of(value);

    public static CelList L(params CelValue[] items) => CelList.Of(items);

    public static void IsError(CelValue value, string message)
    {
        var error = Assert.IsType<CelError>(value);
        Assert.Equal(message, error.Message);
    }

    public static void Is(CelValue expected, CelValue actual)
    {
        Assert.False(actual is CelError, actual.ToString());
        Assert.Equal(expected.Type.Name, actual.Type.Name);
        Assert.True(expected.CelEquals(actual), $"expected {expected}, got {actual}");
    }
}
