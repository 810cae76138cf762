namespace Rampart.Templates.Values;

/// <summary>
/// A <c>map[string]interface {}</c> (or a named type over it, such as Helm's <c>common.Values</c>) that can remember, for
/// each key, where its value was written (values loaded from a file with positions).
/// </summary>
public sealed class GoMap : Dictionary<string, object?>, IGoValue
{
    public GoMap()
        : this(GoTypes.MapOfAny)
    {
    }

    public GoMap(GoType type)
        : base(StringComparer.Ordinal) => GoType = type;

    public GoMap(GoType type, IDictionary<string, object?> entries)
        : base(entries, StringComparer.Ordinal) => GoType = type;

    public GoType GoType { get; }

    /// <summary>Where each key's value was set, for the keys that have a known source.</summary>
    public Dictionary<string, SourcePosition>? Origins { get; set; }

    public SourcePosition? OriginOf(string key) => Origins is not null && Origins.TryGetValue(key, out var p) ? p : null;

    /// <summary>Records where <paramref name="key"/>'s value was set.</summary>
    public void SetOrigin(string key, SourcePosition position) => (Origins ??= new(StringComparer.Ordinal))[key] = position;
}
