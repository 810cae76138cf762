using Rampart.Cel.Adapters;
using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>An activation backed by a dictionary of values.</summary>
public sealed class CelActivation : ICelActivation
{
    private readonly Dictionary<string, CelValue> values = new(StringComparer.Ordinal);

    /// <summary>An activation without variables.</summary>
    public static ICelActivation Empty { get; } = new CelActivation();

    public CelActivation Add(string name, CelValue value)
    {
        values[name] = value ?? CelNull.Instance;
        return this;
    }

    /// <summary>Adds a plain .NET value (dictionaries, lists, primitives, <c>JsonElement</c>), adapted without copying.</summary>
    public CelActivation Add(string name, object? value) => Add(name, CelAdapter.From(value));

    public bool TryResolve(string name, out CelValue value) => values.TryGetValue(name, out value!);
}
