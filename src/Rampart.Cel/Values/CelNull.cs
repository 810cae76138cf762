namespace Rampart.Cel.Values;

public sealed class CelNull : CelValue
{
    private CelNull()
    {
    }

    public static CelNull Instance { get; } = new();

    public override CelType Type => CelType.Null;

    public override bool CelEquals(CelValue other) => other is CelNull;

    public override int CelHashCode() => 0;

    public override string ToString() => "null";
}
