namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// The characters a table is drawn with: its top edge, the rule under the header, the bottom edge (each as left end,
/// line, crossing with a column edge, right end) and the vertical edge between cells.
/// </summary>
internal sealed record TableBox(string Top, string HeaderRule, string Bottom, char Edge)
{
    /// <summary>Rounded corners and light lines.</summary>
    public static readonly TableBox Rounded = new("╭─┬╮", "├─┼┤", "╰─┴╯", '│');

    /// <summary>Plain ASCII, for terminals without Unicode: the top and bottom edges are not cut by the columns.</summary>
    public static readonly TableBox Ascii = new("+--+", "|-+|", "+--+", '|');
}
