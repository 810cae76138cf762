using Rampart.Cel;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes;
using Rampart.Kubernetes.Admission;
using Rampart.Loading;
using Rampart.Policies;
using Rampart.Policies.Evaluation;
using Rampart.Policies.Matching;

namespace Rampart.Server.Admission;

/// <summary>
/// Decides one review: DELETE, CONNECT, subresources, exempt namespaces and objects, and kinds no policy selects are
/// admitted without evaluation; otherwise the policies run under a time budget, their findings go through the rules
/// and waivers of <c>rampart.yaml</c> (as in <c>scan</c>), and each violated policy's action makes the answer. When
/// the budget runs out or a policy fails to evaluate, the failure mode decides. Thread-safe.
/// </summary>
internal sealed class AdmissionDecider(AdmissionPolicies policies, TimeSpan budget, Func<DateOnly> today)
{
    public AdmissionPolicies Policies => policies;

    public AdmissionDecision Decide(ReviewRequest review, CancellationToken aborted)
    {
        if (review.Operation is AdmissionOperation.Delete or AdmissionOperation.Connect || review.SubResource.Length > 0)
        {
            return AdmissionDecision.Allow(AdmissionOutcome.Exempt);
        }

        var ns = string.IsNullOrEmpty(review.Namespace) ? (review.Kind == "Namespace" ? review.Name : null) : review.Namespace;
        if (ns is not null && policies.ExemptNamespaces.Contains(ns))
        {
            return AdmissionDecision.Allow(AdmissionOutcome.Exempt);
        }

        var target = KindCatalog.Default.Resolve(new ResourceRef(review.ApiVersion, review.Kind, review.Namespace, null));
        if (!policies.Analyzer.HasCandidates(target, review.Operation) || review.Object is not { } json)
        {
            return AdmissionDecision.Allow(AdmissionOutcome.NoPolicy);
        }

        var path = $"admission/{review.Kind}";
        var obj = JsonTree.ToObject(json, path, review);
        if (policies.ExemptObjects is { } exempt && exempt.Matches(ObjectLabels.Of(obj.Root)))
        {
            return AdmissionDecision.Allow(AdmissionOutcome.Exempt);
        }

        var attributes = new AdmissionAttributes
        {
            Operation = review.Operation,
            User = review.User,
            DryRun = review.DryRun,
            OldObject = review.Operation == AdmissionOperation.Update && review.OldObject is { } old ? JsonTree.ToObject(old, path, review) : null,
        };
        var findings = new List<Finding>();
        using (var budgetSource = CancellationTokenSource.CreateLinkedTokenSource(aborted))
        {
            if (budget <= TimeSpan.Zero)
            {
                // No budget at all: cancelled before the first expression, not when a timer gets round to it.
                budgetSource.Cancel();
            }
            else
            {
                budgetSource.CancelAfter(budget);
            }
            try
            {
                policies.Analyzer.Analyze(obj, RepositoryIndex.Empty, attributes, findings, budgetSource.Token);
            }
            catch (CelInternalException e)
            {
                return Failure(AdmissionOutcome.Error, $"a policy could not be evaluated ({e.Message})", []);
            }

            if (budgetSource.IsCancellationRequested)
            {
                return Failure(AdmissionOutcome.Timeout, $"time budget of {budget.TotalMilliseconds:0} ms spent before the policies finished", []);
            }
        }

        return Decide(review, findings);
    }

    private AdmissionDecision Decide(ReviewRequest review, List<Finding> raw)
    {
        var failed = raw.Where(f => f.RuleId == PolicyProblems.EvaluationErrorId).Select(f => f.Discriminator ?? f.RuleId).Distinct(StringComparer.Ordinal).ToList();
        var findings = new List<Finding>(raw.Count);
        foreach (var finding in raw)
        {
            if (finding.RuleId != PolicyProblems.EvaluationErrorId && policies.Rules.Apply(finding) is { } kept)
            {
                findings.Add(kept);
            }
        }

        if (findings.Count > 0 && policies.Config.Waivers.Count > 0)
        {
            var fingerprinted = findings.Select(f => f with { Fingerprint = Fingerprinter.Compute(f) }).ToList();
            findings = [.. new WaiverEvaluator(policies.Config, today()).Apply(fingerprinted).Findings];
        }

        var deny = new List<Finding>();
        var warnings = new List<string>();
        var audited = new SortedSet<string>(StringComparer.Ordinal);
        var verdicts = new Dictionary<string, PolicyVerdict>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var waived = finding.Status == FindingStatus.Waived;
            var action = waived ? AdmissionAction.Warn : ActionFor(finding);
            verdicts.TryAdd(finding.RuleId, new PolicyVerdict(finding.RuleId, action, waived));
            switch (action)
            {
                case AdmissionAction.Deny:
                    deny.Add(finding);
                    break;
                case AdmissionAction.Warn:
                    warnings.Add(WarningText.Of(waived ? $"[{finding.RuleId}] waived: {finding.Message}" : $"[{finding.RuleId}] {finding.Message}"));
                    break;
                default:
                    audited.Add(finding.RuleId);
                    break;
            }
        }

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (audited.Count > 0)
        {
            annotations["audit"] = string.Join(",", audited);
        }

        var mode = policies.Settings.FailureMode;
        if (failed.Count > 0)
        {
            var text = $"{string.Join(", ", failed)} could not be evaluated";
            if (mode == AdmissionFailureMode.Closed)
            {
                return Failure(AdmissionOutcome.Error, text, failed) with { Verdicts = [.. verdicts.Values], AuditAnnotations = annotations };
            }

            warnings.Insert(0, WarningText.Of($"Rampart: admitted unchecked (failureMode: open): {text}"));
        }

        var allowed = deny.Count == 0;
        return new AdmissionDecision(allowed, allowed ? (failed.Count > 0 ? AdmissionOutcome.Error : AdmissionOutcome.Allowed) : AdmissionOutcome.Denied)
        {
            Message = allowed ? null : DenialMessage(review, deny),
            Warnings = WarningText.Capped(warnings, policies.Settings.MaxWarnings),
            AuditAnnotations = annotations,
            Verdicts = [.. verdicts.Values],
            FailedPolicies = failed,
            Findings = findings,
        };
    }

    /// <summary>The action for <paramref name="finding"/> (<see cref="AdmissionConfig.ActionFor"/>).</summary>
    public AdmissionAction ActionFor(Finding finding) => policies.Settings.ActionFor(finding);

    private AdmissionDecision Failure(AdmissionOutcome outcome, string reason, IReadOnlyList<string> failed)
    {
        if (policies.Settings.FailureMode == AdmissionFailureMode.Open)
        {
            return new AdmissionDecision(true, outcome)
            {
                Warnings = [WarningText.Of($"Rampart: admitted unchecked (failureMode: open): {reason}")],
                FailedPolicies = failed,
            };
        }

        return new AdmissionDecision(false, outcome)
        {
            Message = $"Rampart could not check this request and refuses it (failureMode: closed): {reason}",
            FailedPolicies = failed,
        };
    }

    private string DenialMessage(ReviewRequest review, List<Finding> deny)
    {
        var parts = new List<string>();
        foreach (var group in deny.GroupBy(f => f.RuleId, StringComparer.Ordinal))
        {
            var first = group.First();
            var messages = group.Select(f => f.Message).Distinct(StringComparer.Ordinal).ToList();
            var shown = string.Join("; ", messages.Take(3)) + (messages.Count > 3 ? $"; and {messages.Count - 3} more" : "");
            var remediation = policies.Remediations.GetValueOrDefault(group.Key) ?? first.Remediation;
            parts.Add($"[{group.Key}] {first.Title}: {shown}{(remediation is null ? "" : $" (fix: {remediation.Trim()})")}");
        }

        return $"Rampart denied {review.Describe()}: {string.Join(" | ", parts)}";
    }
}
