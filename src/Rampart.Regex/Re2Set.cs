using System.Diagnostics.CodeAnalysis;

namespace Rampart.Regex;

/// <summary>
/// Many patterns compiled once and matched together, as RE2::Set: one pass over the input tells which patterns
/// match anywhere in it, in time linear in the input (a lazy DFA over all the patterns at once, whatever their
/// number, never backtracking). The matches of each pattern that matched, with their positions, come from
/// that pattern's own <see cref="Re2Regex"/>. Works on strings, UTF-16 spans and UTF-8 bytes; instances are
/// immutable and safe to share between threads.
/// </summary>
public sealed class Re2Set
{
    private readonly Prog _prog;
    private readonly Re2Regex[] _regexes;
    private readonly MatcherPool<LazyDfa> _dfas;
    private int _dfaResets;

    private Re2Set(Prog prog, Re2Regex[] regexes)
    {
        _prog = prog;
        _regexes = regexes;
        var alphabet = new Alphabet(prog);
        _dfas = new MatcherPool<LazyDfa>(() => new LazyDfa(prog, alphabet, manyMatch: true));
    }

    /// <summary>Number of patterns.</summary>
    public int Count => _regexes.Length;

    /// <summary>Each pattern compiled on its own, by index in the set: for its matches, positions and groups.</summary>
    public IReadOnlyList<Re2Regex> Regexes => _regexes;

    /// <summary>Number of instructions of the program that runs all the patterns at once.</summary>
    public int ProgramSize => _prog.Length;

    /// <summary>Compiles the patterns; on failure names the first pattern rejected and why, and never throws.</summary>
    public static bool TryCompile(IReadOnlyList<string> patterns, [NotNullWhen(true)] out Re2Set? set, [NotNullWhen(false)] out Re2SetError? error) =>
        TryCompile(patterns, Re2Options.Default, out set, out error);

    /// <inheritdoc cref="TryCompile(IReadOnlyList{string}, out Re2Set?, out Re2SetError?)"/>
    public static bool TryCompile(IReadOnlyList<string> patterns, Re2Options options, [NotNullWhen(true)] out Re2Set? set, [NotNullWhen(false)] out Re2SetError? error)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(options);
        set = null;
        var regexes = new Re2Regex[patterns.Count];
        var roots = new RegexNode[patterns.Count];
        for (var i = 0; i < patterns.Count; i++)
        {
            if (!Re2Regex.TryCompile(patterns[i], options, out var regex, out var failure))
            {
                error = new Re2SetError(i, failure);
                return false;
            }

            regexes[i] = regex;
            roots[i] = Parser.Parse(patterns[i], options.CaseInsensitive).Root!;
        }

        var prog = Compiler.CompileSet(roots, options.MaxSetProgramSize, out var tooLarge);
        if (prog is null)
        {
            error = new Re2SetError(-1, Re2Regex.CompileError(tooLarge));
            return false;
        }

        set = new Re2Set(prog, regexes);
        error = null;
        return true;
    }

    /// <summary>Compiles patterns known to be valid; throws <see cref="ArgumentException"/> when one is not.</summary>
    public static Re2Set Compile(IReadOnlyList<string> patterns, Re2Options? options = null) =>
        TryCompile(patterns, options ?? Re2Options.Default, out var set, out var error)
            ? set
            : throw new ArgumentException($"invalid set of regular expressions: {error}", nameof(patterns));

    /// <summary>Whether any pattern matches somewhere in the UTF-16 text (the scan stops at the first match).</summary>
    public bool IsMatch(ReadOnlySpan<char> input) => Scan(new Utf16Text(input), new bool[Count], first: true, null) > 0;

    /// <summary>Whether any pattern matches somewhere in the UTF-8 bytes (the scan stops at the first match).</summary>
    public bool IsMatch(ReadOnlySpan<byte> utf8) => Scan(new Utf8Text(utf8), new bool[Count], first: true, null) > 0;

    /// <summary>The indexes, in increasing order, of the patterns that match somewhere in the UTF-16 text; one pass.</summary>
    public IReadOnlyList<int> MatchingPatterns(ReadOnlySpan<char> input) => Indexes(input, null);

    /// <summary>The indexes, in increasing order, of the patterns that match somewhere in the UTF-8 bytes; one pass.</summary>
    public IReadOnlyList<int> MatchingPatterns(ReadOnlySpan<byte> utf8) => Indexes(utf8, null);

    /// <summary>
    /// Sets <c>matched[i]</c> for each pattern <c>i</c> that matches somewhere in the UTF-8 bytes, in one pass and
    /// without allocating; returns how many it set. <paramref name="matched"/> holds <see cref="Count"/> entries, all false.
    /// </summary>
    public int MatchingPatterns(ReadOnlySpan<byte> utf8, Span<bool> matched)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(matched.Length, Count, nameof(matched));
        return Scan(new Utf8Text(utf8), matched, first: false, null);
    }

    /// <summary>
    /// Every match of every pattern in the UTF-16 text, grouped by pattern in increasing order, each pattern's
    /// matches in order (as <see cref="Re2Regex.EnumerateMatches(ReadOnlySpan{char})"/> finds them), at most
    /// <paramref name="limitPerPattern"/> each (negative: all). Only the patterns the first pass found are searched again.
    /// </summary>
    public IReadOnlyList<Re2SetMatch> FindAll(ReadOnlySpan<char> input, int limitPerPattern = -1)
    {
        var all = new List<Re2SetMatch>();
        foreach (var pattern in MatchingPatterns(input))
        {
            Collect(all, pattern, _regexes[pattern].EnumerateMatches(input), limitPerPattern);
        }

        return all;
    }

    /// <summary><inheritdoc cref="FindAll(ReadOnlySpan{char}, int)"/> Bounds are in bytes.</summary>
    public IReadOnlyList<Re2SetMatch> FindAll(ReadOnlySpan<byte> utf8, int limitPerPattern = -1)
    {
        var all = new List<Re2SetMatch>();
        foreach (var pattern in MatchingPatterns(utf8))
        {
            Collect(all, pattern, _regexes[pattern].EnumerateMatches(utf8), limitPerPattern);
        }

        return all;
    }

    /// <summary>How often a DFA of this set dropped its state cache for being over budget (for tests).</summary>
    internal int DfaCacheResets => Volatile.Read(ref _dfaResets);

    internal IReadOnlyList<int> Indexes(ReadOnlySpan<char> input, StepCounter? counter) => Indexes(new Utf16Text(input), counter);

    internal IReadOnlyList<int> Indexes(ReadOnlySpan<byte> utf8, StepCounter? counter) => Indexes(new Utf8Text(utf8), counter);

    private List<int> Indexes<TText>(TText input, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        var matched = new bool[Count];
        var indexes = new List<int>(Scan(input, matched, first: false, counter));
        for (var i = 0; i < matched.Length; i++)
        {
            if (matched[i])
            {
                indexes.Add(i);
            }
        }

        return indexes;
    }

    private int Scan<TText>(TText input, Span<bool> matched, bool first, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        if (Count == 0)
        {
            return 0;
        }

        // Unlike a single regex's, the set's DFA is kept however large its cache grew: a set is compiled once for a
        // whole scan, and rebuilding its states for every file would cost more than the memory (a few MB) it holds.
        var dfa = _dfas.Rent();
        var resets = dfa.Resets;
        var found = dfa.MatchingPatterns(input, matched, first, counter);
        Interlocked.Add(ref _dfaResets, dfa.Resets - resets);
        _dfas.Return(dfa);
        return found;
    }

    private static void Collect(List<Re2SetMatch> all, int pattern, Re2MatchEnumerator matches, int limit)
    {
        var found = 0;
        foreach (var bounds in matches)
        {
            if (limit >= 0 && found++ >= limit)
            {
                break;
            }

            all.Add(new Re2SetMatch(pattern, bounds));
        }
    }
}
