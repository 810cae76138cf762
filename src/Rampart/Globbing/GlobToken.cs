namespace Rampart.Globbing;

/// <summary>One step of a compiled glob: its kind, the unit of a literal, the set of a bracket expression.</summary>
internal readonly record struct GlobToken(GlobTokenKind Kind, int Unit, GlobSet? Set)
{
    public static GlobToken AnyUnit => new(GlobTokenKind.AnyUnit, 0, null);
    public static GlobToken AnyUnitOrSlash => new(GlobTokenKind.AnyUnitOrSlash, 0, null);
    public static GlobToken Star => new(GlobTokenKind.Star, 0, null);
    public static GlobToken AnyText => new(GlobTokenKind.AnyText, 0, null);
    public static GlobToken FoldersEntry => new(GlobTokenKind.FoldersEntry, 0, null);
    public static GlobToken FoldersInside => new(GlobTokenKind.FoldersInside, 0, null);

    public static GlobToken Literal(int unit) => new(GlobTokenKind.Literal, unit, null);

    public static GlobToken OfSet(GlobSet set) => new(GlobTokenKind.Set, 0, set);

    /// <summary>May match nothing, passing its state to the next token (stars).</summary>
    public bool Skippable => Kind is GlobTokenKind.Star or GlobTokenKind.AnyText;
}
