namespace Rampart.Store.Dashboard;

/// <summary>
/// The dashboard's colours, each with a contrast of at least 4.5:1 against <see cref="Background"/> (WCAG AA for text),
/// and the marks that tell severities apart without colour.
/// </summary>
internal static class Palette
{
    public const string Background = "#ffffff";
    public const string Text = "#1b1b1b";
    public const string Muted = "#595959";
    public const string Link = "#0b4f9c";
    public const string Overdue = "#a1161a";

    /// <summary>Severity colours for text and chart lines.</summary>
    public static readonly IReadOnlyDictionary<string, string> Severity = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["critical"] = "#a1161a",
        ["high"] = "#9a3f00",
        ["medium"] = "#6d5a00",
        ["low"] = "#1f5b94",
        ["info"] = "#4d4d4d",
    };

    /// <summary>Dash patterns of the chart's lines, so that lines differ by more than colour.</summary>
    public static readonly IReadOnlyDictionary<string, string> Dash = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["critical"] = "",
        ["high"] = "8 4",
        ["medium"] = "2 3",
        ["low"] = "10 3 2 3",
        ["info"] = "1 6",
    };

    public static IEnumerable<string> All => [Text, Muted, Link, Overdue, .. Severity.Values];

    public static string Mark(string severity) => severity switch
    {
        "critical" => "■■■",
        "high" => "■■",
        "medium" => "■",
        "low" => "□",
        _ => "·",
    };
}
