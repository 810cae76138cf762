using System.Numerics;

namespace Rampart.Globbing;

/// <summary>
/// A compiled glob: an automaton that follows all pattern positions at once (a Thompson automaton), held as
/// bits. Each unit of text (a byte of UTF-8 or a UTF-16 character, as the caller reads it) costs a few word
/// operations per 64 pattern positions, whatever the pattern, with no backtracking to blow up. The state after
/// a prefix of the text can be kept and carried on with the rest, so a path can be matched one folder name at
/// a time. Immutable, safe to share between threads.
/// </summary>
internal sealed class GlobMatcher
{
    private readonly GlobMasks masks;

    internal GlobMatcher(IReadOnlyList<GlobToken> tokens)
        : this(tokens, never: false)
    {
    }

    private GlobMatcher(IReadOnlyList<GlobToken> tokens, bool never)
    {
        Never = never;
        masks = new GlobMasks(tokens);
    }

    /// <summary>A glob that matches nothing (what a malformed pattern compiles to).</summary>
    public static GlobMatcher Nothing { get; } = new([], never: true);

    /// <summary>True when the glob can match nothing (an unclosed <c>[</c>, a trailing backslash).</summary>
    public bool Never { get; }

    /// <summary>Length of a state in 64-bit words.</summary>
    public int Words => masks.Words;

    /// <summary>Compiles <paramref name="pattern"/>, read with <paramref name="syntax"/>.</summary>
    public static GlobMatcher Compile<T>(ReadOnlySpan<T> pattern, GlobSyntax syntax)
        where T : unmanaged, IBinaryInteger<T> => new GlobBuilder().Pattern(pattern, syntax).Build();

    public static GlobMatcher Compile(string pattern, GlobSyntax syntax) => Compile(pattern.AsSpan(), syntax);

    /// <summary>Sets <paramref name="state"/> (<see cref="Words"/> long) to where matching starts: nothing read yet.</summary>
    public void Start(Span<ulong> state)
    {
        state.Clear();
        state[0] = 1;
        masks.Close(state);
    }

    /// <summary>
    /// Carries <paramref name="state"/> over <paramref name="text"/>; false (and an empty state) as soon as no
    /// position is left, after which no continuation can match. <paramref name="steps"/> counts the words processed.
    /// </summary>
    public bool Advance<T>(Span<ulong> state, ReadOnlySpan<T> text, StepCounter? steps)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (Never)
        {
            state.Clear();
            return false;
        }

        var words = masks.Words;
        Span<ulong> scratch = words <= 64 ? stackalloc ulong[2 * words] : new ulong[2 * words];
        var next = scratch[..words];
        var advancing = scratch[words..];
        var alive = true;
        foreach (var c in text)
        {
            alive = masks.Step(state, int.CreateTruncating(c), next, advancing);
            next.CopyTo(state);
            if (!alive)
            {
                break;
            }
        }

        if (steps is not null)
        {
            steps.Steps += (long)(text.Length + 1) * words;
        }

        return alive;
    }

    /// <summary>Whether the text read into <paramref name="state"/> is a match.</summary>
    public bool Accepts(ReadOnlySpan<ulong> state) => !Never && masks.Accepts(state);

    /// <summary>Whether the text after <paramref name="state"/> continued with <paramref name="text"/> is a match; the state is left as it was.</summary>
    public bool MatchesAfter<T>(ReadOnlySpan<ulong> state, ReadOnlySpan<T> text, StepCounter? steps)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<ulong> copy = masks.Words <= 64 ? stackalloc ulong[masks.Words] : new ulong[masks.Words];
        state.CopyTo(copy);
        return Advance(copy, text, steps) && Accepts(copy);
    }

    /// <summary>Whether the glob matches all of <paramref name="text"/>.</summary>
    public bool IsMatch<T>(ReadOnlySpan<T> text, StepCounter? steps = null)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (Never)
        {
            return false;
        }

        Span<ulong> state = masks.Words <= 64 ? stackalloc ulong[masks.Words] : new ulong[masks.Words];
        Start(state);
        return Advance(state, text, steps) && Accepts(state);
    }

    public bool IsMatch(string text) => IsMatch(text.AsSpan());
}
