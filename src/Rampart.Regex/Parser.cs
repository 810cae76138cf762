using System.Runtime.CompilerServices;

namespace Rampart.Regex;

/// <summary>
/// Parses RE2 syntax into a <see cref="RegexNode"/> tree. Rejects what RE2 rejects, with RE2's error
/// text and the position of the offending part. Never throws for bad input.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Groups may nest at most this deep.</summary>
    public const int MaxDepth = 1000;

    private const int MaxQuote = 200;

    private readonly string _pattern;
    private readonly List<string?> _names = [null];
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly int _lastPosixClose;
    private int _pos;
    private Re2Error? _error;

    private Parser(string pattern)
    {
        _pattern = pattern;
        _lastPosixClose = pattern.LastIndexOf(":]", StringComparison.Ordinal);
    }

    public static ParseResult Parse(string pattern, bool caseInsensitive)
    {
        var parser = new Parser(pattern);
        var root = parser.ParseWhole(caseInsensitive ? ParseFlags.FoldCase : ParseFlags.None);
        return parser._error is { } error
            ? new ParseResult(null, [], error)
            : new ParseResult(root, parser._names, null);
    }

    private RegexNode? ParseWhole(ParseFlags flags)
    {
        for (var i = 0; i < _pattern.Length; i++)
        {
            if (char.IsSurrogate(_pattern[i]))
            {
                if (char.IsHighSurrogate(_pattern[i]) && i + 1 < _pattern.Length && char.IsLowSurrogate(_pattern[i + 1]))
                {
                    i++;
                    continue;
                }

                return Fail(Re2ErrorCode.BadEncoding, "invalid UTF-16", i, i, i + 1);
            }
        }

        var root = ParseAlternation(flags, 0);
        if (root is not null && _pos < _pattern.Length)
        {
            // Only a ')' stops the top-level alternation early.
            return Fail(Re2ErrorCode.UnexpectedParen, "unexpected )", _pos, 0, _pattern.Length);
        }

        return root;
    }

    /// <summary>Parses branches separated by '|' up to a ')' or the end. Flag changes last to the group's end.</summary>
    private RegexNode? ParseAlternation(ParseFlags flags, int depth)
    {
        var branches = new List<RegexNode>();
        while (true)
        {
            var branch = ParseConcat(ref flags, depth);
            if (branch is null)
            {
                return null;
            }

            branches.Add(branch);
            if (_pos < _pattern.Length && _pattern[_pos] == '|')
            {
                _pos++;
                continue;
            }

            var merged = MergeSingleCharBranches(branches);
            return merged.Count == 1 ? merged[0] : RegexNode.Alternate([.. merged]);
        }
    }

    /// <summary>
    /// Turns runs of adjacent one-character branches into one class (a|b|[cd] is [a-d]), as RE2 does:
    /// each consumes exactly one code point and ends its branch, so the order among them does not matter.
    /// </summary>
    private static List<RegexNode> MergeSingleCharBranches(List<RegexNode> branches)
    {
        static bool IsSingleChar(RegexNode node) =>
            node.Kind == NodeKind.Class || (node.Kind == NodeKind.Literal && node.Runes.Length == 1);

        var merged = new List<RegexNode>(branches.Count);
        for (var i = 0; i < branches.Count; i++)
        {
            var end = i;
            while (end + 1 < branches.Count && IsSingleChar(branches[i]) && IsSingleChar(branches[end + 1]))
            {
                end++;
            }

            if (end == i)
            {
                merged.Add(branches[i]);
                continue;
            }

            var builder = new CharClassBuilder();
            for (var j = i; j <= end; j++)
            {
                if (branches[j].Class is { } charClass)
                {
                    builder.AddTable(charClass.Ranges, negate: false, fold: false);
                }
                else
                {
                    builder.AddRange(branches[j].Runes[0], branches[j].Runes[0]);
                }
            }

            merged.Add(RegexNode.ForClass(builder.ToClass()));
            i = end;
        }

        return merged;
    }

    private RegexNode? ParseConcat(ref ParseFlags flags, int depth)
    {
        var concat = new ConcatBuilder();
        var lastRepeat = -1;
        while (_pos < _pattern.Length)
        {
            var c = _pattern[_pos];
            if (c is '|' or ')')
            {
                break;
            }

            var repeatStart = -1;
            var ok = c switch
            {
                '(' => ParseGroup(concat, ref flags, depth),
                '[' => PushParsed(concat, ParseClass(flags)),
                '*' or '+' or '?' => ParseRepeatOperator(concat, flags, lastRepeat, out repeatStart),
                '{' => ParseCountedRepeat(concat, flags, lastRepeat, out repeatStart),
                '\\' => ParseBackslash(concat, flags),
                _ => ParseSimple(concat, flags),
            };
            if (!ok)
            {
                return null;
            }

            lastRepeat = repeatStart;
        }

        return concat.Finish();
    }

    private bool ParseSimple(ConcatBuilder concat, ParseFlags flags)
    {
        var c = _pattern[_pos];
        var multiLine = (flags & ParseFlags.MultiLine) != 0;
        switch (c)
        {
            case '^':
                _pos++;
                concat.Push(RegexNode.ForAssertion(multiLine ? EmptyFlags.BeginLine : EmptyFlags.BeginText));
                return true;
            case '$':
                _pos++;
                concat.Push(RegexNode.ForAssertion(multiLine ? EmptyFlags.EndLine : EmptyFlags.EndText));
                return true;
            case '.':
                _pos++;
                concat.Push((flags & ParseFlags.DotNewline) != 0 ? RegexNode.AnyChar() : RegexNode.AnyCharNotNewline());
                return true;
            default:
                var rune = RuneAt(_pos, out var width);
                _pos += width;
                concat.Push(LiteralNode(rune, flags));
                return true;
        }
    }

    /// <summary>A literal code point, or the class of its case variants under (?i).</summary>
    private static RegexNode LiteralNode(int rune, ParseFlags flags)
    {
        if ((flags & ParseFlags.FoldCase) != 0)
        {
            var orbit = CaseFolding.OrbitOf(rune);
            if (orbit.Length > 1)
            {
                var builder = new CharClassBuilder();
                foreach (var member in orbit)
                {
                    builder.AddRange(member, member);
                }

                return RegexNode.ForClass(builder.ToClass());
            }
        }

        return RegexNode.Literal([rune]);
    }

    private static bool PushParsed(ConcatBuilder concat, RegexNode? node)
    {
        if (node is null)
        {
            return false;
        }

        concat.Push(node);
        return true;
    }

    private bool ParseGroup(ConcatBuilder concat, ref ParseFlags flags, int depth)
    {
        var open = _pos;
        if (depth + 1 > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Fail(Re2ErrorCode.NestingDepth, "expression nests too deeply", open, open, open);
            return false;
        }

        if (_pos + 1 < _pattern.Length && _pattern[_pos + 1] == '?')
        {
            return ParsePerlGroup(concat, ref flags, depth);
        }

        _pos++;
        var index = _names.Count;
        _names.Add(null);
        return PushParsed(concat, ParseGroupBody(open, flags, depth, body => RegexNode.Capture(index, null, body)));
    }

    /// <summary>Parses a group's alternation and its closing ')'.</summary>
    private RegexNode? ParseGroupBody(int open, ParseFlags flags, int depth, Func<RegexNode, RegexNode> wrap)
    {
        var body = ParseAlternation(flags, depth + 1);
        if (body is null)
        {
            return null;
        }

        if (_pos >= _pattern.Length)
        {
            return Fail(Re2ErrorCode.MissingParen, "missing )", open, 0, _pattern.Length);
        }

        _pos++;
        return wrap(body);
    }

    private int RuneAt(int index, out int width) => new Utf16Text(_pattern).RuneAt(index, out width);

    /// <summary>The offending text as RE2 quotes it, cut short for huge patterns.</summary>
    internal static string Quote(string text) => text.Length <= MaxQuote ? text : text[..MaxQuote] + "...";

    /// <summary>Records an error whose text quotes pattern[argStart..argEnd] and returns null.</summary>
    private RegexNode? Fail(Re2ErrorCode code, string text, int position, int argStart, int argEnd)
    {
        if (_error is null)
        {
            var message = argEnd > argStart ? $"{text}: {Quote(_pattern[argStart..argEnd])}" : text;
            _error = new Re2Error(code, message, position);
        }

        return null;
    }
}
