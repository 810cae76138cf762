namespace Rampart.Templates.Values;

/// <summary>
/// What Go's reflect.Value is to text/template: a static type (null for the invalid value), the data, whether it is
/// addressable (a field reached through a pointer), and where a value read from a positioned map was written.
/// For an interface type, <see cref="Data"/> is the dynamic value (null for a nil interface).
/// </summary>
public readonly record struct Value(GoType? Type, object? Data, bool CanAddr = false, SourcePosition? Origin = null)
{
    public static readonly Value Invalid;

    public bool IsValid => Type is not null;

    public GoKind Kind => Type?.Kind ?? GoKind.Invalid;

    /// <summary>A value of its own dynamic type (Go's reflect.ValueOf): invalid for nil.</summary>
    public static Value Of(object? data) => data is null ? Invalid : new Value(GoTypes.Of(data), data);

    /// <summary>Whether a value of a nilable kind is nil.</summary>
    public bool IsNil => Data is null;

    /// <summary>The dynamic value of an interface (invalid for nil); other values as they are.</summary>
    public Value Elem() => Kind == GoKind.Interface ? (Data is null ? Invalid : new Value(GoTypes.Of(Data), Data, false, Origin)) : this;

    public Value WithOrigin(SourcePosition? origin) => this with { Origin = origin };
}
