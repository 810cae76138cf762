namespace Rampart.Cel.Parsing;

internal enum TokenKind
{
    End,
    Identifier,

    /// <summary>A backquoted name (<c>`content-type`</c>), allowed as a field name.</summary>
    QuotedIdentifier,
    Int,
    UInt,
    Double,
    String,
    Bytes,
    True,
    False,
    Null,
    In,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Dot,
    Comma,
    Colon,
    Question,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Not,

    /// <summary>A character or literal the lexer rejected; the token's text holds the message.</summary>
    Error,
}
