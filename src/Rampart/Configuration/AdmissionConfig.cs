using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// The settings of the admission webhook (<c>admission</c> in <c>rampart.yaml</c>); <c>rampart scan</c> ignores them.
/// See docs/admission.md.
/// </summary>
public sealed record AdmissionConfig
{
    public static AdmissionConfig Default { get; } = new();

    /// <summary><c>admission.actions</c>, in the order written; the first that matches a finding decides its action.</summary>
    public IReadOnlyList<AdmissionActionRule> Actions { get; init; } = [];

    /// <summary><c>admission.failureMode</c>.</summary>
    public AdmissionFailureMode FailureMode { get; init; } = AdmissionFailureMode.Closed;

    /// <summary><c>admission.timeoutMilliseconds</c>: the time budget of one review, below the webhook's <c>timeoutSeconds</c>.</summary>
    public int TimeoutMilliseconds { get; init; } = 2000;

    /// <summary><c>admission.maxRequestBytes</c>: larger bodies get HTTP 400 (the API server's own limit is 3 MiB).</summary>
    public int MaxRequestBytes { get; init; } = 3 * 1024 * 1024;

    /// <summary><c>admission.maxDepth</c>: how deeply a review's JSON may nest before it is refused with HTTP 400.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary><c>admission.maxWarnings</c>: how many warnings a response carries at most (the rest are counted in the last).</summary>
    public int MaxWarnings { get; init; } = 10;

    /// <summary>
    /// <c>admission.exemptNamespaces</c>: namespaces admitted unchecked, <c>kube-system</c> unless the key says
    /// otherwise (<c>[]</c> checks it too). The webhook's own namespace is always exempt, so that it cannot lock itself out.
    /// </summary>
    public IReadOnlyList<string> ExemptNamespaces { get; init; } = ["kube-system"];

    /// <summary><c>admission.exemptObjects</c>: objects whose labels match are admitted unchecked; null for none.</summary>
    public LabelSelectorConfig? ExemptObjects { get; init; }

    /// <summary>
    /// The action for <paramref name="finding"/>: the first <c>admission.actions</c> entry that selects it, else by
    /// severity (critical and high deny, medium warns, the rest are audited). The webhook and the exported bindings
    /// both decide with it.
    /// </summary>
    public AdmissionAction ActionFor(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        foreach (var rule in Actions)
        {
            if (rule.Selector?.Matches(finding) ?? (rule.Profile is { } profile && RuleProfiles.Contains(profile, finding)))
            {
                return rule.Action;
            }
        }

        return finding.Severity switch
        {
            Severity.Critical or Severity.High => AdmissionAction.Deny,
            Severity.Medium => AdmissionAction.Warn,
            _ => AdmissionAction.Audit,
        };
    }
}
