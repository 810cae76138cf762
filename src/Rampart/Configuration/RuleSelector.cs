using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// One entry of <c>rules.enable</c>, <c>rules.disable</c>, <c>rules.severity</c>, <c>--rule</c> or <c>--skip-rule</c>:
/// a category name (<c>misconfiguration</c>), or a glob over rule ids and aliases (<c>RMP-K8S-02*</c>, <c>KSV-0017</c>,
/// <c>pss:restricted:*</c>), matched ignoring case.
/// </summary>
public sealed class RuleSelector
{
    private readonly Category? category;
    private readonly Glob? glob;

    public RuleSelector(string text)
    {
        Text = text.Trim();
        if (EnumNames.TryParse<Category>(Text, out var named))
        {
            category = named;
        }
        else
        {
            glob = Glob.ForName(Text.ToUpperInvariant());
        }
    }

    /// <summary>The selector as written.</summary>
    public string Text { get; }

    /// <summary>Where the selector is written (<c>rampart.yaml:12</c>, <c>--rule</c>), for the status of what it changes.</summary>
    public string Source { get; init; } = "";

    public bool Matches(Finding finding) =>
        category is { } c ? finding.Category == c
        : glob!.IsMatch(finding.RuleId.ToUpperInvariant()) || finding.Aliases.Any(alias => glob.IsMatch(alias.ToUpperInvariant()));

    public override string ToString() => Text;
}
