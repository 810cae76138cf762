using System.Runtime.CompilerServices;

namespace Rampart.Findings;

/// <summary>
/// What every finding of one rule says alike: its title, category, other tools' identifiers, remediation and link.
/// A finding keeps a reference to one of these instead of its own copy of each, so that a scan of 150,000 findings
/// holds these texts once per rule (<see cref="Finding.RuleFacts"/>).
/// </summary>
public sealed record RuleFacts(string Title, Category Category, IReadOnlyList<string> Aliases, string? Remediation, string? HelpUri)
{
    private static readonly ConditionalWeakTable<RuleDescriptor, RuleFacts> OfDescriptors = [];

    /// <summary>The facts a finding has before any is set: no title, no aliases.</summary>
    public static RuleFacts None { get; } = new("", default, [], null, null);

    /// <summary>The one instance of <paramref name="rule"/>'s facts, made the first time it is asked for.</summary>
    public static RuleFacts Of(RuleDescriptor rule) =>
        OfDescriptors.GetValue(rule, static r => new RuleFacts(r.Title, r.Category, r.Aliases, r.Remediation, r.HelpUri));
}
