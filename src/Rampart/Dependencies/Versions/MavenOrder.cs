namespace Rampart.Dependencies.Versions;

/// <summary>
/// Maven versions, as the Maven version order specification gives them: tokens split at dots, hyphens and every
/// change between digits and letters (a change counts as a hyphen), each with the separator before it; qualifiers
/// in lower case with their aliases (<c>cr</c> = <c>rc</c>; <c>ga</c>, <c>final</c>, <c>release</c> = the release;
/// <c>a1</c>, <c>b1</c>, <c>m1</c> = alpha, beta, milestone); trailing null tokens (<c>0</c>, the release) dropped
/// before each hyphen. Then token by token, the shorter padded with nulls: with the same separator, numbers by
/// value above qualifiers, qualifiers in the order alpha, beta, milestone, rc, snapshot, (release), sp, then
/// others by text; with different separators <c>.qualifier</c> &lt; <c>-qualifier</c> &lt; <c>-number</c> &lt; <c>.number</c>.
/// </summary>
public sealed class MavenOrder : IVersionOrder
{
    private static readonly string[] Keywords = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];

    public IReadOnlyList<string> Ecosystems { get; } = ["Maven"];

    public int Compare(string? x, string? y)
    {
        var a = Tokens(x ?? "");
        var b = Tokens(y ?? "");
        if (a.SequenceEqual(b))
        {
            return 0;
        }

        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var left = i < a.Count ? a[i] : Null(b[i]);
            var right = i < b.Count ? b[i] : Null(a[i]);
            if (left.Prefix == right.Prefix && left.Value == right.Value)
            {
                continue;
            }

            return Less(left, right) ? -1 : 1;
        }

        return 1;
    }

    private static bool Less(Token v, Token w)
    {
        if (v.Prefix != w.Prefix)
        {
            return Order(v) < Order(w);
        }

        var (vn, wn) = (VersionNumbers.IsNumber(v.Value), VersionNumbers.IsNumber(w.Value));
        if (vn && wn)
        {
            return VersionNumbers.Compare(v.Value, w.Value) < 0;
        }

        if (vn && !v.IsNull)
        {
            return false;
        }

        if (wn && !w.IsNull)
        {
            return true;
        }

        var (l, r) = (Keyword(v.Value), Keyword(w.Value));
        return l == Keywords.Length && r == Keywords.Length ? string.CompareOrdinal(v.Value, w.Value) < 0 : l < r;
    }

    private static int Keyword(string value)
    {
        var index = Array.IndexOf(Keywords, value);
        return index < 0 ? Keywords.Length : index;
    }

    /// <summary><c>.qualifier</c> &lt; <c>-qualifier</c> &lt; <c>-number</c> &lt; <c>.number</c> (the first token's empty separator as a dot).</summary>
    private static int Order(Token token) => (VersionNumbers.IsNumber(token.Value), token.Prefix == "-") switch
    {
        (true, true) => 2,
        (true, false) => 3,
        (false, true) => 1,
        (false, false) => 0,
    };

    private static Token Null(Token other) => other.Prefix == "-"
        ? new Token("-", "", true)
        : new Token(other.Prefix, other.Value == "sp" ? "" : "0", true);

    private static List<Token> Tokens(string version)
    {
        var tokens = new List<Token>();
        var prefix = "";
        var start = 0;
        for (var i = 0; i <= version.Length; i++)
        {
            if (i < version.Length && version[i] is not ('.' or '-'))
            {
                continue;
            }

            AddPieces(tokens, prefix, version[start..i]);
            if (i < version.Length)
            {
                prefix = version[i].ToString();
            }

            start = i + 1;
        }

        // Trailing nulls are dropped, then again before each hyphen, from the end to the start.
        var at = tokens.Count - 1;
        while (at > 0)
        {
            if (tokens[at].Value is "0" or "" or "final" or "ga")
            {
                tokens.RemoveAt(at);
                at--;
                continue;
            }

            while (at >= 0 && tokens[at].Prefix != "-")
            {
                at--;
            }

            at--;
        }

        return tokens;
    }

    private static void AddPieces(List<Token> tokens, string prefix, string raw)
    {
        var from = 0;
        for (var i = 1; i <= raw.Length; i++)
        {
            if (i < raw.Length && char.IsAsciiDigit(raw[i]) == char.IsAsciiDigit(raw[i - 1]))
            {
                continue;
            }

            var value = raw[from..i].ToLowerInvariant();
            value = value switch
            {
                "" => "0",
                "cr" => "rc",
                "ga" or "final" or "release" => "",
                "a" when i < raw.Length => "alpha",
                "b" when i < raw.Length => "beta",
                "m" when i < raw.Length => "milestone",
                _ => value,
            };
            if (VersionNumbers.IsNumber(value))
            {
                value = VersionNumbers.Parse(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            tokens.Add(new Token(from == 0 ? prefix : "-", value, false));
            from = i;
        }

        if (raw.Length == 0)
        {
            tokens.Add(new Token(prefix, "0", false));
        }
    }

    private sealed record Token(string Prefix, string Value, bool IsNull);
}
