using System.Globalization;
using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>
/// Go's template lexer (text/template/parse/lex.go): text and actions between <c>{{</c> and <c>}}</c>, trim markers,
/// comments, and the tokens inside actions. Produces every token at once; a lexing error is the last token.
/// </summary>
internal sealed partial class Lexer
{
    private const string LeftDelim = "{{";
    private const string RightDelim = "}}";
    private const string LeftComment = "/*";
    private const string RightComment = "*/";
    private const int TrimMarkerLength = 2;

    private readonly string input;
    private readonly List<Token> tokens = [];
    private int pos;
    private int start;
    private int line = 1;
    private int startLine = 1;
    private int parenDepth;
    private bool atEof;

    private Lexer(string input) => this.input = input;

    public static List<Token> Lex(string input)
    {
        var lexer = new Lexer(input);
        lexer.Run();
        return lexer.tokens;
    }

    private bool insideAction;

    private void Run()
    {
        while (insideAction ? LexInsideAction() : LexText())
        {
        }
    }

    private const int Eof = -1;

    private int Next()
    {
        if (pos >= input.Length)
        {
            atEof = true;
            return Eof;
        }

        var c = input[pos];
        if (char.IsHighSurrogate(c) && pos + 1 < input.Length && char.IsLowSurrogate(input[pos + 1]))
        {
            pos += 2;
            return char.ConvertToUtf32(c, input[pos - 1]);
        }

        pos++;
        if (c == '\n')
        {
            line++;
        }

        return c;
    }

    private int Peek()
    {
        var r = Next();
        Backup();
        return r;
    }

    private void Backup()
    {
        if (atEof || pos <= 0)
        {
            return;
        }

        if (pos >= 2 && char.IsLowSurrogate(input[pos - 1]) && char.IsHighSurrogate(input[pos - 2]))
        {
            pos -= 2;
            return;
        }

        pos--;
        if (input[pos] == '\n')
        {
            line--;
        }
    }

    private void Emit(TokenKind kind)
    {
        tokens.Add(new Token(kind, start, input[start..pos], startLine));
        start = pos;
        startLine = line;
    }

    private void Ignore()
    {
        line += CountNewlines(start, pos);
        start = pos;
        startLine = line;
    }

    private int CountNewlines(int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (input[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }

    private bool Accept(string valid)
    {
        var r = Next();
        if (r != Eof && r < 0x10000 && valid.Contains((char)r, StringComparison.Ordinal))
        {
            return true;
        }

        Backup();
        return false;
    }

    private void AcceptRun(string valid)
    {
        while (true)
        {
            var r = Next();
            if (r == Eof || r >= 0x10000 || !valid.Contains((char)r, StringComparison.Ordinal))
            {
                break;
            }
        }

        Backup();
    }

    private bool Error(string message)
    {
        tokens.Add(new Token(TokenKind.Error, start, message, startLine));
        return false;
    }

    private bool StartsWith(int at, string text) => string.CompareOrdinal(input, at, text, 0, text.Length) == 0 && at + text.Length <= input.Length;

    private bool LexText()
    {
        var x = input.IndexOf(LeftDelim, pos, StringComparison.Ordinal);
        if (x >= 0)
        {
            pos = x;
            var trimLength = 0;
            if (HasLeftTrimMarker(pos + LeftDelim.Length))
            {
                trimLength = RightTrimLength(start, pos);
            }

            pos -= trimLength;
            if (pos > start)
            {
                line += CountNewlines(start, pos);
                Emit(TokenKind.Text);
            }

            pos += trimLength;
            Ignore();
            return LexLeftDelim();
        }

        pos = input.Length;
        if (pos > start)
        {
            line += CountNewlines(start, pos);
            Emit(TokenKind.Text);
        }

        Emit(TokenKind.Eof);
        return false;
    }

    private int RightTrimLength(int from, int to)
    {
        var end = to;
        while (end > from && IsSpace(input[end - 1]))
        {
            end--;
        }

        return to - end;
    }

    private int LeftTrimLength(int from)
    {
        var end = from;
        while (end < input.Length && IsSpace(input[end]))
        {
            end++;
        }

        return end - from;
    }

    private (bool Delim, bool Trim) AtRightDelim()
    {
        if (HasRightTrimMarker(pos) && StartsWith(pos + TrimMarkerLength, RightDelim))
        {
            return (true, true);
        }

        return StartsWith(pos, RightDelim) ? (true, false) : (false, false);
    }

    private bool LexLeftDelim()
    {
        pos += LeftDelim.Length;
        var trimSpace = HasLeftTrimMarker(pos);
        var afterMarker = trimSpace ? TrimMarkerLength : 0;
        if (StartsWith(pos + afterMarker, LeftComment))
        {
            pos += afterMarker;
            Ignore();
            return LexComment();
        }

        Emit(TokenKind.LeftDelim);
        pos += afterMarker;
        Ignore();
        parenDepth = 0;
        insideAction = true;
        return true;
    }

    private bool LexComment()
    {
        pos += LeftComment.Length;
        var i = input.IndexOf(RightComment, pos, StringComparison.Ordinal);
        if (i < 0)
        {
            return Error("unclosed comment");
        }

        pos = i + RightComment.Length;
        var (delim, trimSpace) = AtRightDelim();
        if (!delim)
        {
            return Error("comment ends before closing delimiter");
        }

        if (trimSpace)
        {
            pos += TrimMarkerLength;
        }

        pos += RightDelim.Length;
        if (trimSpace)
        {
            pos += LeftTrimLength(pos);
        }

        Ignore();
        insideAction = false;
        return true;
    }

    private bool LexRightDelim()
    {
        var trimSpace = HasRightTrimMarker(pos);
        if (trimSpace)
        {
            pos += TrimMarkerLength;
            Ignore();
        }

        pos += RightDelim.Length;
        Emit(TokenKind.RightDelim);
        if (trimSpace)
        {
            pos += LeftTrimLength(pos);
            Ignore();
        }

        insideAction = false;
        return true;
    }

    private bool HasLeftTrimMarker(int at) => at + 1 < input.Length && input[at] == '-' && IsSpace(input[at + 1]);

    private bool HasRightTrimMarker(int at) => at + 1 < input.Length && IsSpace(input[at]) && input[at + 1] == '-';

    internal static bool IsSpace(int r) => r is ' ' or '\t' or '\r' or '\n';

    internal static bool IsAlphaNumeric(int r) =>
        r == '_' || (Rune.IsValid(r) && (Rune.IsLetter(new Rune(r)) || Rune.IsDigit(new Rune(r))));

    private static string Describe(int r) =>
        string.Create(CultureInfo.InvariantCulture, $"U+{r:X4} '{char.ConvertFromUtf32(r)}'");
}
