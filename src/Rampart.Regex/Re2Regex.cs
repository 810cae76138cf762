using System.Diagnostics.CodeAnalysis;

namespace Rampart.Regex;

/// <summary>
/// A regular expression with RE2 syntax and semantics, matched in time linear in the input (a lazy DFA
/// and a Pike VM; never backtracking). Patterns RE2 rejects (backreferences, lookaround, possessive
/// quantifiers, \Z, repetition counts over 1000, ...) fail to compile with RE2's message and the position.
/// Matching works on Unicode code points; on strings and UTF-16 spans indexes and lengths are in UTF-16 code
/// units, on UTF-8 spans in bytes.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed partial class Re2Regex
{
    /// <summary>The largest DFA cache (in table and key entries, about 4 bytes each) kept for the next search.</summary>
    private const int MaxPooledDfaEntries = 1 << 16;

    private readonly Prog _prog;
    private readonly Alphabet _alphabet;
    private readonly Dictionary<string, int> _groupNumbers;
    private readonly MatcherPool<LazyDfa> _dfas;
    private readonly MatcherPool<LazyDfa> _leftmostDfas;
    private readonly MatcherPool<LazyDfa> _anchoredDfas;
    private readonly Lazy<MatcherPool<LazyDfa>?> _reverseDfas;
    private readonly MatcherPool<PikeVm> _boundsVms;
    private readonly MatcherPool<PikeVm> _captureVms;
    private readonly MatcherPool<BitState> _bitStates;
    private int _dfaResets;

    private Re2Regex(string pattern, Re2Options options, Prog prog, IReadOnlyList<string?> groupNames, RegexNode root)
    {
        Pattern = pattern;
        Options = options;
        _prog = prog;
        _alphabet = new Alphabet(prog);
        _dfas = new MatcherPool<LazyDfa>(() => new LazyDfa(prog, _alphabet));
        _leftmostDfas = new MatcherPool<LazyDfa>(() => new LazyDfa(prog, _alphabet, leftmostFirst: true));
        _anchoredDfas = new MatcherPool<LazyDfa>(() => new LazyDfa(prog, _alphabet, leftmostFirst: true, anchored: true));
        _reverseDfas = new(() => ReverseDfas(root, options.MaxProgramSize));
        _boundsVms = new MatcherPool<PikeVm>(() => new PikeVm(prog, 2));
        _captureVms = new MatcherPool<PikeVm>(() => new PikeVm(prog, prog.SlotCount));
        _bitStates = new MatcherPool<BitState>(() => new BitState(prog));
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
            error = CompileError(failure);
            return false;
        }

        regex = new Re2Regex(pattern, options, prog, parsed.GroupNames, parsed.Root!);
        error = null;
        return true;
    }

    /// <summary>The error for a program the compiler gave up on: nested too deeply, or too large.</summary>
    internal static Re2Error CompileError(Re2ErrorCode? failure) => failure == Re2ErrorCode.NestingDepth
        ? new Re2Error(Re2ErrorCode.NestingDepth, "expression nests too deeply", 0)
        : new Re2Error(Re2ErrorCode.PatternTooLarge, "expression too large", 0);

    /// <summary>Compiles a pattern known to be valid; throws <see cref="ArgumentException"/> when it is not.</summary>
    public static Re2Regex Compile(string pattern, Re2Options? options = null) =>
        TryCompile(pattern, options ?? Re2Options.Default, out var regex, out var error)
            ? regex
            : throw new ArgumentException($"invalid regular expression '{Parser.Quote(pattern)}': {error}", nameof(pattern));

    /// <summary>The number of the group with this name, or -1.</summary>
    public int GroupNumber(string name) => _groupNumbers.GetValueOrDefault(name, -1);

    /// <summary>Whether any substring of the input matches (RE2's PartialMatch, CEL's matches).</summary>
    public bool IsMatch(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return IsMatch(new Utf16Text(input), null);
    }

    /// <summary>The leftmost-first match at or after <paramref name="start"/>, with its groups; null when none.</summary>
    /// <remarks>Text before <paramref name="start"/> is still seen by ^, \b and the like.</remarks>
    public Re2Match? Find(string input, int start = 0) => Find(input, start, null);

    /// <summary>
    /// Successive non-overlapping matches, as Go's FindAll: an empty match right after the previous match is
    /// skipped. At most <paramref name="limit"/> matches; a negative limit means all.
    /// </summary>
    public IReadOnlyList<Re2Match> FindAll(string input, int limit = -1)
    {
        ArgumentNullException.ThrowIfNull(input);
        var matches = new List<Re2Match>();
        var slots = new int[_prog.SlotCount];
        foreach (var bounds in EnumerateMatches(input.AsSpan()))
        {
            if (limit >= 0 && matches.Count >= limit)
            {
                break;
            }

            matches.Add(ToMatch(input, bounds, slots, null));
        }

        return matches;
    }

    public override string ToString() => Pattern;

    /// <summary>Whether a DFA is kept for the next search (for tests).</summary>
    internal bool HasPooledDfa => _dfas.Peek() is not null;

    /// <summary>How often a DFA of this regex dropped its state cache for being over budget (for tests).</summary>
    internal int DfaCacheResets => Volatile.Read(ref _dfaResets);

    internal bool IsMatch(string input, StepCounter? counter) => IsMatch(new Utf16Text(input), counter);

    /// <summary>The Pike VM alone, without the DFA first (for tests of the VM's own linearity).</summary>
    internal bool IsMatchWithPikeVm(string input, StepCounter? counter) =>
        Search(_boundsVms, new Utf16Text(input), 0, input.Length, int.MaxValue, stackalloc int[2], counter);

    /// <summary>The capture slots of the leftmost-first match at or after <paramref name="start"/> from the Pike VM alone (the reference <see cref="BitState"/> is tested against).</summary>
    internal int[]? SlotsWithPikeVm(string input, int start)
    {
        if (!TryFindBounds(new Utf16Text(input), start, null, out var bounds))
        {
            return null;
        }

        var slots = new int[_prog.SlotCount];
        slots.AsSpan().Fill(-1);
        Search(_captureVms, new Utf16Text(input), bounds.Index, bounds.Index, bounds.End, slots, null);
        (slots[0], slots[1]) = (bounds.Index, bounds.End);
        return slots;
    }

    /// <summary>The leftmost-first match with its groups, counting the steps taken.</summary>
    internal Re2Match? Find(string input, int start, StepCounter? counter)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TryFindBounds(new Utf16Text(input), start, counter, out var bounds)
            ? ToMatch(input, bounds, new int[_prog.SlotCount], counter)
            : null;
    }

    /// <summary>The match with these bounds, its groups found by a run anchored at its start.</summary>
    private Re2Match ToMatch(string input, Re2Bounds bounds, int[] slots, StepCounter? counter)
    {
        if (GroupCount > 0)
        {
            Capture(new Utf16Text(input), bounds, slots, counter);
        }
        else
        {
            (slots[0], slots[1]) = (bounds.Index, bounds.End);
        }

        var groups = new Re2Group[GroupNames.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var (from, to) = (slots[2 * i], slots[(2 * i) + 1]);
            groups[i] = from >= 0 && to >= from
                ? new Re2Group(i, GroupNames[i], from, to - from, input[from..to])
                : new Re2Group(i, GroupNames[i], -1, 0, null);
        }

        return new Re2Match(groups);
    }
}
