namespace Rampart.Cel.Parsing;

internal sealed class MapExpr(int id, int offset, MapEntryExpr[] entries)
    : Expr(id, offset, MaxHeight(entries) + 1)
{
    public MapEntryExpr[] Entries { get; } = entries;

    internal static int MaxHeight(MapEntryExpr[] entries)
    {
        var max = 0;
        foreach (var e in entries)
        {
            max = Math.Max(max, Math.Max(e.Key.Height, e.Value.Height));
        }

        return max;
    }
}
