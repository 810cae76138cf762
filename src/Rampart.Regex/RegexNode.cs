namespace Rampart.Regex;

/// <summary>A node of the parsed expression tree.</summary>
internal sealed class RegexNode
{
    /// <summary>Counted repetitions may nest to at most this many copies of the innermost expression.</summary>
    public const int MaxRepeat = 1000;

    private RegexNode(NodeKind kind, RegexNode[] subs)
    {
        Kind = kind;
        Subs = subs;
        foreach (var sub in subs)
        {
            RepeatProduct = Math.Max(RepeatProduct, sub.RepeatProduct);
        }
    }

    public NodeKind Kind { get; }

    public RegexNode[] Subs { get; }

    /// <summary>The code points of a literal.</summary>
    public int[] Runes { get; private init; } = [];

    public CharClass? Class { get; private init; }

    public EmptyFlags Assertion { get; private init; }

    public int CaptureIndex { get; private init; }

    public string? CaptureName { get; private init; }

    public bool Greedy { get; private init; }

    public int Min { get; private init; }

    public int Max { get; private init; }

    /// <summary>The most copies of a leaf that nested counted repetitions make (capped just above the limit).</summary>
    public int RepeatProduct { get; private init; } = 1;

    public static RegexNode NoMatch() => new(NodeKind.NoMatch, []);

    public static RegexNode EmptyMatch() => new(NodeKind.EmptyMatch, []);

    public static RegexNode Literal(int[] runes) => new(NodeKind.Literal, []) { Runes = runes };

    public static RegexNode AnyChar() => new(NodeKind.AnyChar, []);

    public static RegexNode AnyCharNotNewline() => new(NodeKind.AnyCharNotNewline, []);

    public static RegexNode ForAssertion(EmptyFlags flag) => new(NodeKind.Assertion, []) { Assertion = flag };

    /// <summary>A class node, simplified to a literal, any-char or no-match node where it is one of those.</summary>
    public static RegexNode ForClass(CharClass charClass)
    {
        if (charClass.IsEmpty)
        {
            return NoMatch();
        }

        if (charClass.IsAny)
        {
            return AnyChar();
        }

        if (charClass.IsAnyButNewline)
        {
            return AnyCharNotNewline();
        }

        var single = charClass.SingleRune;
        return single >= 0 ? Literal([single]) : new(NodeKind.Class, []) { Class = charClass };
    }

    public static RegexNode Capture(int index, string? name, RegexNode sub) =>
        new(NodeKind.Capture, [sub]) { CaptureIndex = index, CaptureName = name };

    public static RegexNode Concat(RegexNode[] subs) => new(NodeKind.Concat, subs);

    public static RegexNode Alternate(RegexNode[] subs) => new(NodeKind.Alternate, subs);

    /// <summary>A star, plus or quest operator.</summary>
    public static RegexNode Repetition(NodeKind kind, RegexNode sub, bool greedy) => new(kind, [sub]) { Greedy = greedy };

    public static RegexNode Repeat(RegexNode sub, int min, int max, bool greedy)
    {
        var count = max >= 0 ? max : min;
        var product = count > 0 ? (long)count * sub.RepeatProduct : sub.RepeatProduct;
        return new(NodeKind.Repeat, [sub])
        {
            Min = min,
            Max = max,
            Greedy = greedy,
            RepeatProduct = (int)Math.Min(product, MaxRepeat + 1),
        };
    }
}
