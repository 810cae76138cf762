namespace Rampart.Cel.Parsing;

/// <summary>Splits CEL source into tokens, one at a time. Never throws: bad input becomes an error token.</summary>
internal sealed class Lexer(string source)
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["null"] = TokenKind.Null,
        ["in"] = TokenKind.In,
    };

    private int position;

    public string Source => source;

    public Token Next()
    {
        SkipWhitespaceAndComments();
        if (position >= source.Length)
        {
            return new Token(TokenKind.End, position, position);
        }

        var start = position;
        var c = source[position];
        if (IsIdentifierStart(c))
        {
            return LexIdentifierOrPrefixedString(start);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && position + 1 < source.Length && char.IsAsciiDigit(source[position + 1])))
        {
            return LexNumber(start);
        }

        if (c is '"' or '\'')
        {
            return StringLiteral.Lex(source, ref position, start, raw: false, bytes: false);
        }

        if (c == '`')
        {
            return LexQuotedIdentifier(start);
        }

        return LexPunctuation(start, c);
    }

    private void SkipWhitespaceAndComments()
    {
        while (position < source.Length)
        {
            var c = source[position];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                position++;
            }
            else if (c == '/' && position + 1 < source.Length && source[position + 1] == '/')
            {
                while (position < source.Length && source[position] != '\n')
                {
                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token LexIdentifierOrPrefixedString(int start)
    {
        while (position < source.Length && IsIdentifierPart(source[position]))
        {
            position++;
        }

        var text = source[start..position];
        if (position < source.Length && source[position] is '"' or '\'' && IsStringPrefix(text))
        {
            var raw = text.Contains('r', StringComparison.OrdinalIgnoreCase);
            var bytes = text.Contains('b', StringComparison.OrdinalIgnoreCase);
            return StringLiteral.Lex(source, ref position, start, raw, bytes);
        }

        return Keywords.TryGetValue(text, out var keyword)
            ? new Token(keyword, start, position, text)
            : new Token(TokenKind.Identifier, start, position, text);
    }

    private static bool IsStringPrefix(string text) =>
        text.Length is 1 or 2 && text.ToUpperInvariant() is "R" or "B" or "RB" or "BR";

    private Token LexQuotedIdentifier(int start)
    {
        position++;
        var nameStart = position;
        while (position < source.Length && source[position] != '`')
        {
            var c = source[position];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '/' or ' '))
            {
                return new Token(TokenKind.Error, start, position, "invalid character in quoted identifier");
            }

            position++;
        }

        if (position >= source.Length || position == nameStart)
        {
            return new Token(TokenKind.Error, start, position, "unterminated or empty quoted identifier");
        }

        var name = source[nameStart..position];
        position++;
        return new Token(TokenKind.QuotedIdentifier, start, position, name);
    }

    private Token LexNumber(int start)
    {
        if (source[position] == '0' && position + 1 < source.Length && source[position + 1] is 'x' or 'X')
        {
            position += 2;
            var digitsStart = position;
            while (position < source.Length && char.IsAsciiHexDigit(source[position]))
            {
                position++;
            }

            if (position == digitsStart)
            {
                return new Token(TokenKind.Error, start, position, "invalid hexadecimal literal");
            }

            return FinishInteger(start, source[start..position]);
        }

        var isDouble = false;
        SkipDigits();
        if (position + 1 < source.Length && source[position] == '.' && char.IsAsciiDigit(source[position + 1]))
        {
            isDouble = true;
            position++;
            SkipDigits();
        }

        if (position < source.Length && source[position] is 'e' or 'E')
        {
            var save = position;
            position++;
            if (position < source.Length && source[position] is '+' or '-')
            {
                position++;
            }

            if (position < source.Length && char.IsAsciiDigit(source[position]))
            {
                isDouble = true;
                SkipDigits();
            }
            else
            {
                position = save;
            }
        }

        var text = source[start..position];
        return isDouble ? new Token(TokenKind.Double, start, position, text) : FinishInteger(start, text);
    }

    private Token FinishInteger(int start, string text)
    {
        if (position < source.Length && source[position] is 'u' or 'U')
        {
            position++;
            return new Token(TokenKind.UInt, start, position, text);
        }

        return new Token(TokenKind.Int, start, position, text);
    }

    private void SkipDigits()
    {
        while (position < source.Length && char.IsAsciiDigit(source[position]))
        {
            position++;
        }
    }

    private Token LexPunctuation(int start, char c)
    {
        var next = position + 1 < source.Length ? source[position + 1] : '\0';
        (TokenKind kind, int length) = (c, next) switch
        {
            ('=', '=') => (TokenKind.Equal, 2),
            ('!', '=') => (TokenKind.NotEqual, 2),
            ('<', '=') => (TokenKind.LessEqual, 2),
            ('>', '=') => (TokenKind.GreaterEqual, 2),
            ('&', '&') => (TokenKind.And, 2),
            ('|', '|') => (TokenKind.Or, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('!', _) => (TokenKind.Not, 1),
            ('(', _) => (TokenKind.LeftParen, 1),
            (')', _) => (TokenKind.RightParen, 1),
            ('[', _) => (TokenKind.LeftBracket, 1),
            (']', _) => (TokenKind.RightBracket, 1),
            ('{', _) => (TokenKind.LeftBrace, 1),
            ('}', _) => (TokenKind.RightBrace, 1),
            ('.', _) => (TokenKind.Dot, 1),
            (',', _) => (TokenKind.Comma, 1),
            (':', _) => (TokenKind.Colon, 1),
            ('?', _) => (TokenKind.Question, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('%', _) => (TokenKind.Percent, 1),
            _ => (TokenKind.Error, 1),
        };
        position += length;
        if (kind == TokenKind.Error)
        {
            // Keep surrogate pairs together so the message shows the whole character.
            if (char.IsHighSurrogate(c) && position < source.Length && char.IsLowSurrogate(source[position]))
            {
                position++;
            }

            return new Token(TokenKind.Error, start, position, $"unexpected character '{source[start..position]}'");
        }

        return new Token(kind, start, position);
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

}
