namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// How a piece of terminal text looks, as the parameters of one ANSI SGR sequence (<c>ESC [ codes m</c>) in the
/// 16-colour palette every terminal has; <see cref="Plain"/> writes no sequence at all.
/// </summary>
internal readonly record struct TextStyle(string Codes)
{
    public static readonly TextStyle Plain = new("");
    public static readonly TextStyle Bold = new("1");
    public static readonly TextStyle Italic = new("3");
    public static readonly TextStyle Grey = new("90");
    public static readonly TextStyle Red = new("91");
    public static readonly TextStyle BoldRed = new("1;91");
    public static readonly TextStyle Green = new("32");
    public static readonly TextStyle BoldGreen = new("1;32");
    public static readonly TextStyle Yellow = new("93");
    public static readonly TextStyle Blue = new("94");

    /// <summary>Bright white on red, bold: the critical severity.</summary>
    public static readonly TextStyle WhiteOnRed = new("1;97;101");

    public bool IsPlain => string.IsNullOrEmpty(Codes);
}
