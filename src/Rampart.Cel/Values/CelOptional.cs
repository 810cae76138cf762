namespace Rampart.Cel.Values;

/// <summary>An optional value (<c>optional.of(x)</c>, <c>optional.none()</c>, <c>m[?k]</c>).</summary>
public sealed class CelOptional : CelValue
{
    private readonly CelValue? value;

    private CelOptional(CelValue? value) => this.value = value;

    public static CelOptional None { get; } = new(null);

    public bool HasValue => value is not null;

    /// <summary>The wrapped value; an error for <see cref="None"/>.</summary>
    public CelValue Value => value ?? new CelError("optional.none() dereference");

    public override CelType Type => CelType.OptionalOfDyn;

    public static CelOptional Of(CelValue value) => new(value);

    public override bool CelEquals(CelValue other) =>
        other is CelOptional o && (value is null ? o.value is null : o.value is not null && value.CelEquals(o.value));

    public override int CelHashCode() => value?.CelHashCode() ?? 7;

    public override string ToString() => value is null ? "optional.none()" : $"optional.of({value})";
}
