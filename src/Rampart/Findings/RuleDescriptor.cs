namespace Rampart.Findings;

/// <summary>
/// What reports say about a rule independent of any one finding: SARIF's <c>tool.driver.rules</c>, the
/// JSON report's rule table, documentation links.
/// </summary>
public sealed record RuleDescriptor
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Category Category { get; init; }
    public required Severity Severity { get; init; }
    public required Responsibility Responsibility { get; init; }
    public string? Description { get; init; }
    public string? Remediation { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? HelpUri { get; init; }

    /// <summary>
    /// A finding of this rule: the rule's id, title, category, severity, responsibility, aliases, remediation and link,
    /// with the given message (cut at <see cref="FindingText.MaxMessage"/>) and place.
    /// </summary>
    public Finding Report(string message, SourceLocation location, ResourceRef? resource = null) => new()
    {
        RuleId = Id,
        RuleFacts = RuleFacts.Of(this),
        Severity = Severity,
        Responsibility = Responsibility,
        Message = FindingText.Cut(message, FindingText.MaxMessage),
        Location = location,
        Resource = resource,
    };
}
