namespace Rampart.Cli.Output.Terminal;

/// <summary>A word, or a run of white space, with its style and the cells it takes (measured once).</summary>
internal readonly record struct TextToken(string Text, TextStyle Style, int Width, bool IsWhiteSpace);
