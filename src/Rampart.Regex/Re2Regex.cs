using System.Diagnostics.CodeAnalysis;

namespace Rampart.Regex;

/// <summary>
/// A regular expression with RE2 syntax and semantics, matched in time linear in the input (a lazy DFA
/// and a Pike VM; never backtracking). Patterns RE2 rejects (backreferences, lookaround, possessive
/// quantifiers, \Z, repetition counts over 1000, ...) fail to compile with RE2's message and the position.
/// Matching works on Unicode code points; indexes and lengths are in UTF-16 code units.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class Re2Regex
{
    /// <summary>The largest DFA cache (in table and key entries, about 4 bytes each) kept for the next search.</summary>
    private const int MaxPooledDfaEntries = 1 << 16;

    private readonly Prog _prog;
    private readonly Alphabet _alphabet;
    private readonly Dictionary<string, int> _groupNumbers;
    private readonly MatcherPool<LazyDfa> _dfas;
    private readonly MatcherPool<PikeVm> _boundsVms;
    private readonly MatcherPool<PikeVm> _captureVms;
    private int _dfaResets;

    private Re2Regex(string pattern, Re2Options options, Prog prog, IReadOnlyList<string?> groupNames)
    {
        Pattern = pattern;
        Options = options;
        _prog = prog;
        _alphabet = new Alphabet(prog);
        _dfas = new MatcherPool<LazyDfa>(() => new LazyDfa(prog, _alphabet));
        _boundsVms = new MatcherPool<PikeVm>(() => new PikeVm(prog, 2));
        _captureVms = new MatcherPool<PikeVm>(() => new PikeVm(prog, prog.SlotCount));
        GroupNames = groupNames;
        _groupNumbers = [];
        for (var i = 1; i < groupNames.Count; i++)
        {
            if (groupNames[i] is { } name)
            {
                _groupNumbers[name] = i;
            }
        }
    }

    public string Pattern { get; }

    public Re2Options Options { get; }

    /// <summary>Number of capturing groups, not counting the whole match.</summary>
    public int GroupCount => GroupNames.Count - 1;

    /// <summary>The name of each group by number (null for unnamed groups); index 0 is the whole match.</summary>
    public IReadOnlyList<string?> GroupNames { get; }

    /// <summary>Number of instructions in the compiled program.</summary>
    public int ProgramSize => _prog.Length;

    /// <summary>Compiles a pattern; on failure gives RE2's error text and the position, and never throws.</summary>
    public static bool TryCompile(string pattern, [NotNullWhen(true)] out Re2Regex? regex, [NotNullWhen(false)] out Re2Error? error) =>
        TryCompile(pattern, Re2Options.Default, out regex, out error);

    /// <inheritdoc cref="TryCompile(string, out Re2Regex?, out Re2Error?)"/>
    public static bool TryCompile(string pattern, Re2Options options, [NotNullWhen(true)] out Re2Regex? regex, [NotNullWhen(false)] out Re2Error? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(options);
        regex = null;
        var parsed = Parser.Parse(pattern, options.CaseInsensitive);
        if (parsed.Error is not null)
        {
            error = parsed.Error;
            return false;
        }

        var prog = Compiler.Compile(parsed.Root!, parsed.GroupNames.Count - 1, options.MaxProgramSize, out var failure);
        if (prog is null)
        {
            error = failure == Re2ErrorCode.NestingDepth
                ? new Re2Error(Re2ErrorCode.NestingDepth, "expression nests too deeply", 0)
                : new Re2Error(Re2ErrorCode.PatternTooLarge, "expression too large", 0);
            return false;
        }

        regex = new Re2Regex(pattern, options, prog, parsed.GroupNames);
        error = null;
        return true;
    }

    /// <summary>Compiles a pattern known to be valid; throws <see cref="ArgumentException"/> when it is not.</summary>
    public static Re2Regex Compile(string pattern, Re2Options? options = null) =>
        TryCompile(pattern, options ?? Re2Options.Default, out var regex, out var error)
            ? regex
            : throw new ArgumentException($"invalid regular expression '{Parser.Quote(pattern)}': {error}", nameof(pattern));

    /// <summary>The number of the group with this name, or -1.</summary>
    public int GroupNumber(string name) => _groupNumbers.GetValueOrDefault(name, -1);

    /// <summary>Whether any substring of the input matches (RE2's PartialMatch, CEL's matches).</summary>
    public bool IsMatch(string input) => IsMatch(input, null);

    /// <summary>The leftmost-first match at or after <paramref name="start"/>, with its groups; null when none.</summary>
    /// <remarks>Text before <paramref name="start"/> is still seen by ^, \b and the like.</remarks>
    public Re2Match? Find(string input, int start = 0) => Find(input, start, null);

    /// <summary>
    /// Successive non-overlapping matches, as Go's FindAll: an empty match right after the previous match is
    /// skipped. At most <paramref name="limit"/> matches; a negative limit means all.
    /// </summary>
    public IReadOnlyList<Re2Match> FindAll(string input, int limit = -1) => FindAll(input, limit, groups: true);

    /// <summary>
    /// <see cref="FindAll(string, int)"/>, with the groups of each match only when <paramref name="groups"/>:
    /// tracking groups costs memory in proportion to the program times the number of groups.
    /// </summary>
    internal IReadOnlyList<Re2Match> FindAll(string input, int limit, bool groups)
    {
        ArgumentNullException.ThrowIfNull(input);
        var matches = new List<Re2Match>();
        var pos = 0;
        var previousEnd = -1;
        while ((limit < 0 || matches.Count < limit) && pos <= input.Length)
        {
            var match = Find(input, pos, null, groups);
            if (match is null)
            {
                break;
            }

            var end = match.Index + match.Length;
            var accept = true;
            if (match.Length == 0)
            {
                accept = match.Index != previousEnd;
                TextCursor.RuneAt(input, end, out var width);
                pos = width > 0 ? end + width : input.Length + 1;
            }
            else
            {
                pos = end;
            }

            previousEnd = end;
            if (accept)
            {
                matches.Add(match);
            }
        }

        return matches;
    }

    public override string ToString() => Pattern;

    internal bool IsMatch(string input, StepCounter? counter)
    {
        ArgumentNullException.ThrowIfNull(input);
        return EarliestMatchEnd(input, 0, counter) >= 0;
    }

    /// <summary>Whether a DFA is kept for the next search (for tests).</summary>
    internal bool HasPooledDfa => _dfas.Peek() is not null;

    /// <summary>How often a DFA of this regex dropped its state cache for being over budget (for tests).</summary>
    internal int DfaCacheResets => Volatile.Read(ref _dfaResets);

    /// <summary>The Pike VM alone, without the DFA first (for tests of the VM's own linearity).</summary>
    internal bool IsMatchWithPikeVm(string input, StepCounter? counter) =>
        Search(_boundsVms, input, 0, input.Length, int.MaxValue, counter) is not null;

    /// <summary>The leftmost-first match; its groups only when <paramref name="groups"/> (the whole match always).</summary>
    internal Re2Match? Find(string input, int start, StepCounter? counter, bool groups = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, input.Length);
        // The DFA finds where the first match to end ends; the leftmost-first match starts no later.
        var firstEnd = EarliestMatchEnd(input, start, counter);
        if (firstEnd < 0)
        {
            return null;
        }

        // The bounds of the match come from a VM that tracks no groups (threads from every start
        // position are cheap); the groups from a second run anchored at the match's start.
        var bounds = Search(_boundsVms, input, start, firstEnd, int.MaxValue, counter);
        if (bounds is null || GroupCount == 0 || !groups)
        {
            return bounds is null ? null : ToMatch(input, bounds);
        }

        var slots = Search(_captureVms, input, bounds[0], bounds[0], bounds[1], counter);
        return slots is null ? null : ToMatch(input, slots);
    }

    private int EarliestMatchEnd(string input, int start, StepCounter? counter)
    {
        var dfa = _dfas.Rent();
        var resets = dfa.Resets;
        var end = dfa.EarliestMatchEnd(input, start, counter);
        if (dfa.Resets != resets)
        {
            Interlocked.Add(ref _dfaResets, dfa.Resets - resets);
        }

        // A DFA whose cache grew large (up to about 10 MB) is not kept: compiled patterns are cached for the
        // life of the process, and hostile patterns and input would otherwise pin that much memory each.
        if (dfa.CachedEntries <= MaxPooledDfaEntries)
        {
            _dfas.Return(dfa);
        }

        return end;
    }

    private static int[]? Search(MatcherPool<PikeVm> pool, string input, int start, int lastStart, int knownEnd, StepCounter? counter)
    {
        var vm = pool.Rent();
        var slots = vm.Search(input, start, lastStart, knownEnd, counter);
        pool.Return(vm);
        return slots;
    }

    private Re2Match ToMatch(string input, int[] slots)
    {
        var groups = new Re2Group[GroupNames.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var (from, to) = (2 * i) + 1 < slots.Length ? (slots[2 * i], slots[(2 * i) + 1]) : (-1, -1);
            groups[i] = from >= 0 && to >= from
                ? new Re2Group(i, GroupNames[i], from, to - from, input[from..to])
                : new Re2Group(i, GroupNames[i], -1, 0, null);
        }

        return new Re2Match(groups);
    }
}
