using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// The decide stage, over attributed and fingerprinted findings: the severities configured for what could not be
/// scanned, the rules switched off and severities overridden (<c>rules</c>, <c>--rule</c>, <c>--skip-rule</c>), waivers (whose own problems are attributed like any finding), the baseline, the order reports list
/// findings in, and the gate. Suppression annotations were applied where the objects were at hand (the analyze
/// stage); everything else that turns findings into a verdict happens here.
/// </summary>
internal sealed class DecisionStage(ScanOptions options, AttributionStage attribution)
{
    public (List<Finding> Findings, GateResult Gate) Run(List<Finding> findings)
    {
        UnscannedRules.Apply(findings, options.Config.Unscanned);
        var rules = new RuleFilter(options.Config.Rules);
        rules.Apply(findings);
        FingerprintCollisions.Resolve(findings, finding => finding with { FingerprintBits = Fingerprinter.ComputeBits(finding) });
        var waived = new WaiverEvaluator(options.Config, options.Today).Apply(findings);
        List<Finding> problems = [.. waived.Problems.Select(attribution.Apply)];
        rules.Apply(problems);
        List<Finding> all = [.. waived.Findings, .. problems];
        if (options.Baseline is { } baseline)
        {
            all = [.. baseline.Apply(all)];
        }

        FindingSort.Sort(all, options.Parallelism);
        return (all, new GateEvaluator(options.Config, options.Gate).Evaluate(all));
    }
}
