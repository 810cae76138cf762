using Rampart.Findings;

namespace Rampart.Policies.CrossObject;

/// <summary>
/// The objects that share one key (an Ingress route, a Service selector): the rule and message of their finding once,
/// the first member inline, and a list only once a second member comes, since almost every key is seen once.
/// </summary>
internal sealed class KeyGroup(RuleDescriptor rule, string message, Candidate first)
{
    private List<Candidate>? more;

    public RuleDescriptor Rule { get; } = rule;

    /// <summary>The message of the members' finding, before the others are named (cut as a finding's message is).</summary>
    public string Message { get; } = FindingText.Cut(message, FindingText.MaxMessage);

    public int Count => 1 + (more?.Count ?? 0);

    public void Add(Candidate candidate) => (more ??= []).Add(candidate);

    /// <summary>The members in the order they came.</summary>
    public IEnumerable<Candidate> Members()
    {
        yield return first;
        foreach (var candidate in more ?? [])
        {
            yield return candidate;
        }
    }
}
