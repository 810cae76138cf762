using System.Numerics;

namespace Rampart.Globbing;

/// <summary>
/// Puts a glob together from pattern text (read with a <see cref="GlobSyntax"/>) and from the pieces callers add
/// around it: literal text (a folder a pattern is tied to), <c>**/</c> (any folders), one or more folders, one
/// unit. Runs that mean the same as one token are merged (<c>**/**/</c> is <c>**/</c>, <c>*</c> then <c>**</c> is
/// <c>**</c>), which keeps the automaton small and its closure one pass.
/// </summary>
internal sealed class GlobBuilder
{
    private readonly List<GlobToken> tokens = [];
    private bool never;

    /// <summary>Adds text compared unit for unit.</summary>
    public GlobBuilder Literal<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        foreach (var unit in text)
        {
            Add(GlobToken.Literal(int.CreateTruncating(unit)));
        }

        return this;
    }

    /// <summary>Adds one unit compared as is.</summary>
    public GlobBuilder Literal(char unit)
    {
        Add(GlobToken.Literal(unit));
        return this;
    }

    /// <summary>Adds <c>?</c>: any one unit but <c>/</c>.</summary>
    public GlobBuilder AnyUnit()
    {
        Add(GlobToken.AnyUnit);
        return this;
    }

    /// <summary>
    /// Adds folders: with <paramref name="atLeastOne"/> false, <c>**/</c> (nothing, or anything that ends with
    /// <c>/</c>); with it true, anything that ends with <c>/</c>.
    /// </summary>
    public GlobBuilder Folders(bool atLeastOne)
    {
        if (atLeastOne)
        {
            Add(GlobToken.FoldersInside);
        }
        else if (!EndsWithAnyFolders)
        {
            Add(GlobToken.FoldersEntry);
            Add(GlobToken.FoldersInside);
        }

        return this;
    }

    /// <summary>
    /// Adds a pattern read with <paramref name="syntax"/>; its start counts as the start of a segment. A pattern that
    /// can match nothing (an unclosed bracket, a trailing backslash) makes the whole glob match nothing.
    /// <paramref name="steps"/> counts the units read by bracket expressions.
    /// </summary>
    public GlobBuilder Pattern<T>(ReadOnlySpan<T> pattern, GlobSyntax syntax, StepCounter? steps = null)
        where T : unmanaged, IBinaryInteger<T>
    {
        never |= !GlobParser.Parse(pattern, syntax, this, steps);
        return this;
    }

    public GlobMatcher Build() => never ? GlobMatcher.Nothing : new GlobMatcher(tokens);

    internal void Add(GlobToken token)
    {
        if (token.Skippable && tokens.Count > 0 && tokens[^1].Skippable)
        {
            // "*" then "*" is "*"; with "**" on either side, "**".
            if (token.Kind == GlobTokenKind.AnyText)
            {
                tokens[^1] = token;
            }

            return;
        }

        tokens.Add(token);
    }

    private bool EndsWithAnyFolders =>
        tokens.Count >= 2 && tokens[^2].Kind == GlobTokenKind.FoldersEntry && tokens[^1].Kind == GlobTokenKind.FoldersInside;
}
