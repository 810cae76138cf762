using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// The decide stage, over attributed and fingerprinted findings: the severities configured for what could not be
/// scanned, waivers (whose own problems are attributed like any finding), the baseline, the order reports list
/// findings in, and the gate. Suppression annotations were applied where the objects were at hand (the analyze
/// stage); everything else that turns findings into a verdict happens here.
/// </summary>
internal sealed class DecisionStage(ScanOptions options, AttributionStage attribution)
{
    public (List<Finding> Findings, GateResult Gate) Run(List<Finding> findings)
    {
        UnscannedRules.Apply(findings, options.Config.Unscanned);
        var waived = new WaiverEvaluator(options.Config, options.Today).Apply(findings);
        List<Finding> all = [.. waived.Findings, .. waived.Problems.Select(attribution.Apply)];
        if (options.Baseline is { } baseline)
        {
            all = [.. baseline.Apply(all)];
        }

        all.Sort(FindingOrder.Instance);
        return (all, new GateEvaluator(options.Config, options.Gate).Evaluate(all));
    }
}
