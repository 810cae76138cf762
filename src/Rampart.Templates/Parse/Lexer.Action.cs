namespace Rampart.Templates.Parse;

internal sealed partial class Lexer
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["."] = TokenKind.Dot,
        ["block"] = TokenKind.Block,
        ["break"] = TokenKind.Break,
        ["continue"] = TokenKind.Continue,
        ["define"] = TokenKind.Define,
        ["else"] = TokenKind.Else,
        ["end"] = TokenKind.End,
        ["if"] = TokenKind.If,
        ["range"] = TokenKind.Range,
        ["nil"] = TokenKind.Nil,
        ["template"] = TokenKind.Template,
        ["with"] = TokenKind.With,
    };

    private bool LexInsideAction()
    {
        var (delim, _) = AtRightDelim();
        if (delim)
        {
            return parenDepth == 0 ? LexRightDelim() : Error("unclosed left paren");
        }

        var r = Next();
        switch (r)
        {
            case Eof:
                return Error("unclosed action");
            case ' ' or '\t' or '\r' or '\n':
                Backup();
                return LexSpace();
            case '=':
                Emit(TokenKind.Assign);
                return true;
            case ':':
                if (Next() != '=')
                {
                    return Error("expected :=");
                }

                Emit(TokenKind.Declare);
                return true;
            case '|':
                Emit(TokenKind.Pipe);
                return true;
            case '"':
                return LexQuote();
            case '`':
                return LexRawQuote();
            case '$':
                return LexVariable();
            case '\'':
                return LexChar();
            case '.':
                if (pos < input.Length && (input[pos] < '0' || input[pos] > '9'))
                {
                    return LexFieldOrVariable(TokenKind.Field);
                }

                Backup();
                return LexNumber();
            case '+' or '-' or (>= '0' and <= '9'):
                Backup();
                return LexNumber();
            case '(':
                Emit(TokenKind.LeftParen);
                parenDepth++;
                return true;
            case ')':
                parenDepth--;
                if (parenDepth < 0)
                {
                    return Error("unexpected right paren");
                }

                Emit(TokenKind.RightParen);
                return true;
        }

        if (IsAlphaNumeric(r))
        {
            Backup();
            return LexIdentifier();
        }

        if (r is > 0x20 and < 0x7f)
        {
            Emit(TokenKind.Char);
            return true;
        }

        return Error("unrecognized character in action: " + Describe(r));
    }

    private bool LexSpace()
    {
        var numSpaces = 0;
        while (IsSpace(Peek()))
        {
            Next();
            numSpaces++;
        }

        if (HasRightTrimMarker(pos - 1) && StartsWith(pos - 1 + TrimMarkerLength, RightDelim))
        {
            Backup();
            if (numSpaces == 1)
            {
                return LexRightDelim();
            }
        }

        Emit(TokenKind.Space);
        return true;
    }

    private bool LexIdentifier()
    {
        while (true)
        {
            var r = Next();
            if (IsAlphaNumeric(r))
            {
                continue;
            }

            Backup();
            var word = input[start..pos];
            if (!AtTerminator())
            {
                return Error("bad character " + Describe(r));
            }

            if (Keywords.TryGetValue(word, out var keyword))
            {
                Emit(keyword);
            }
            else if (word[0] == '.')
            {
                Emit(TokenKind.Field);
            }
            else if (word is "true" or "false")
            {
                Emit(TokenKind.Bool);
            }
            else
            {
                Emit(TokenKind.Identifier);
            }

            return true;
        }
    }

    private bool LexVariable()
    {
        if (AtTerminator())
        {
            Emit(TokenKind.Variable);
            return true;
        }

        return LexFieldOrVariable(TokenKind.Variable);
    }

    private bool LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
            return true;
        }

        int r;
        while (true)
        {
            r = Next();
            if (!IsAlphaNumeric(r))
            {
                Backup();
                break;
            }
        }

        if (!AtTerminator())
        {
            return Error("bad character " + Describe(r));
        }

        Emit(kind);
        return true;
    }

    private bool AtTerminator()
    {
        var r = Peek();
        if (IsSpace(r))
        {
            return true;
        }

        return r is Eof or '.' or ',' or '|' or ':' or ')' or '(' || StartsWith(pos, RightDelim);
    }

    private bool LexChar() => LexQuoted('\'', "unterminated character constant", TokenKind.CharConstant);

    private bool LexNumber()
    {
        if (!ScanNumber())
        {
            return Error("bad number syntax: " + Values.GoQuote.Quote(input[start..pos]));
        }

        var sign = Peek();
        if (sign is '+' or '-')
        {
            if (!ScanNumber() || input[pos - 1] != 'i')
            {
                return Error("bad number syntax: " + Values.GoQuote.Quote(input[start..pos]));
            }

            Emit(TokenKind.Complex);
        }
        else
        {
            Emit(TokenKind.Number);
        }

        return true;
    }

    private bool ScanNumber()
    {
        Accept("+-");
        var digits = "0123456789_";
        if (Accept("0"))
        {
            if (Accept("xX"))
            {
                digits = "0123456789abcdefABCDEF_";
            }
            else if (Accept("oO"))
            {
                digits = "01234567_";
            }
            else if (Accept("bB"))
            {
                digits = "01_";
            }
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        Accept("i");
        if (IsAlphaNumeric(Peek()))
        {
            Next();
            return false;
        }

        return true;
    }

    private bool LexQuote() => LexQuoted('"', "unterminated quoted string", TokenKind.String);

    /// <summary>Scans to the closing quote, skipping escaped characters; a newline or the end first is an error.</summary>
    private bool LexQuoted(char close, string unterminated, TokenKind kind)
    {
        while (true)
        {
            var r = Next();
            if (r == '\\')
            {
                r = Next();
                if (r != Eof && r != '\n')
                {
                    continue;
                }
            }

            if (r is Eof or '\n')
            {
                return Error(unterminated);
            }

            if (r == close)
            {
                break;
            }
        }

        Emit(kind);
        return true;
    }

    private bool LexRawQuote()
    {
        while (true)
        {
            var r = Next();
            if (r == Eof)
            {
                return Error("unterminated raw quoted string");
            }

            if (r == '`')
            {
                break;
            }
        }

        Emit(TokenKind.RawString);
        return true;
    }
}
