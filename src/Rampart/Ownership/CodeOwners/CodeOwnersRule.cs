namespace Rampart.Ownership.CodeOwners;

/// <summary>One entry of a CODEOWNERS file: a pattern and its owners, with where it was written.</summary>
public sealed record CodeOwnersRule
{
    internal CodeOwnersRule(int line, string text, string pattern, string section, IPathPattern compiled)
    {
        Line = line;
        Text = text;
        Pattern = pattern;
        Section = section;
        Compiled = compiled;
    }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>The line as written (trimmed).</summary>
    public string Text { get; }

    /// <summary>The path pattern as written (without the <c>!</c> of a GitLab exclusion).</summary>
    public string Pattern { get; }

    /// <summary>The GitLab section the entry belongs to; empty for the unnamed section and for GitHub.</summary>
    public string Section { get; }

    /// <summary>A GitLab <c>!pattern</c>: paths it matches are exempt from the section.</summary>
    public bool IsExclusion { get; init; }

    /// <summary>The owner tokens as written, valid or not (the section's default owners when the entry names none).</summary>
    public IReadOnlyList<CodeOwner> OwnerTokens { get; init; } = [];

    /// <summary>The entry named no owners and took its GitLab section's default owners.</summary>
    public bool UsesSectionDefaults { get; init; }

    /// <summary>GitLab: whether the entry's section header was optional (<c>^[...]</c>).</summary>
    public bool Optional { get; init; }

    /// <summary>GitLab: approvals required by the entry's section header (1 unless <c>[N]</c> says more).</summary>
    public int Approvals { get; init; } = 1;

    /// <summary>The owners that count: the valid tokens. Empty means the path is unowned by this entry.</summary>
    public IReadOnlyList<string> Owners => [.. OwnerTokens.Where(o => o.IsValid).Select(o => o.Text)];

    /// <summary>The compiled pattern.</summary>
    internal IPathPattern Compiled { get; }

    /// <summary>Whether the pattern matches <paramref name="path"/> (relative, forward slashes).</summary>
    public bool Matches(string path) => Compiled.IsMatch(path.Split('/'), null);

    /// <summary>Whether the pattern matches a path already split at its slashes.</summary>
    internal bool Matches(string[] segments, StepCounter? steps = null) => Compiled.IsMatch(segments, steps);

    public override string ToString() => $"line {Line}: {Text}";
}
