namespace Rampart.Cel.Values;

public sealed class CelBool : CelValue
{
    private CelBool(bool value) => Value = value;

    public static CelBool True { get; } = new(true);
    public static CelBool False { get; } = new(false);

    public bool Value { get; }

    public override CelType Type => CelType.Bool;

    public static CelBool Of(bool value) => value ? True : False;

    public override bool CelEquals(CelValue other) => other is CelBool b && b.Value == Value;

    public override int CelHashCode() => Value ? 1 : 0;

    public override string ToString() => Value ? "true" : "false";
}
