namespace Rampart.Templates.Parse;

/// <summary>One lexed item: its kind, its offset in the template text, its text and the line it starts on.</summary>
internal readonly record struct Token(TokenKind Kind, int Pos, string Value, int Line)
{
    /// <summary>The token as Go's parser names it in "unexpected …" messages.</summary>
    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "EOF",
        TokenKind.Error => Value,
        > TokenKind.Keyword => "<" + Value + ">",
        _ when Value.Length > 10 => "\"" + Value[..10] + "\"...",
        _ => Quote(Value),
    };

    private static string Quote(string value) => "\"" + Values.GoQuote.Escape(value, '"') + "\"";
}
