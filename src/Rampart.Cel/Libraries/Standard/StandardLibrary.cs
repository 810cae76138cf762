using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>The standard definitions of the CEL specification, plus optionals.</summary>
internal sealed class StandardLibrary : ICelLibrary
{
    internal static readonly CelType A = CelType.TypeParam("A");
    internal static readonly CelType B = CelType.TypeParam("B");
    internal static readonly CelType K = CelType.TypeParam("K");
    internal static readonly CelType V = CelType.TypeParam("V");
    internal static readonly CelType ListOfA = CelType.List(A);
    internal static readonly CelType MapOfKV = CelType.Map(K, V);

    private StandardLibrary()
    {
    }

    public static StandardLibrary Instance { get; } = new();

    public string Name => "cel.lib.std";

    public void Configure(CelEnvironmentBuilder builder)
    {
        LogicalFunctions.Register(builder);
        ArithmeticFunctions.Register(builder);
        ComparisonFunctions.Register(builder);
        CollectionFunctions.Register(builder);
        ConversionFunctions.Register(builder);
        StringFunctions.Register(builder);
        TimeFunctions.Register(builder);
        OptionalFunctions.Register(builder);
    }
}
