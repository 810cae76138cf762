using System.Globalization;
using System.Text;

namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>Renders the "## Policies" section of docs/conformance.md from the compared cases.</summary>
internal static class ConformanceSection
{
    public static string Render(IReadOnlyList<PeerOutcome> outcomes, DisagreementReasons reasons)
    {
        var sb = new StringBuilder();
        sb.Append("## Policies\n\n");
        sb.Append("The built-in policies (`src/Rampart/Policies/BuiltIn/`) run over the test fixtures of other tools in the shared\n");
        sb.Append("corpus (`k8s/fixtures/<tool>/expected.csv`), for every check of theirs that a policy names in its\n");
        sb.Append("`rampart.dev/aliases`. A fixture agrees when Rampart reports one of the mapped policies exactly when the tool\n");
        sb.Append("expects a failure. Pod Security Admission fixtures are judged by level: a baseline pod against every baseline\n");
        sb.Append("policy, a restricted pod against every baseline and restricted policy. kube-score rows that need settings\n");
        sb.Append("Rampart does not have (other replica minimums, ignored limits, ignore annotations) are left out. A rule of a role\n");
        sb.Append("with `*` in its verbs or resources is reported once, by RMP-K8S-041, whose message names the sensitive grants the\n");
        sb.Append("`*` includes by the ids of the checks that stay silent on it (RMP-K8S-043 to RMP-K8S-047): a peer check mapped to\n");
        sb.Append("one of those ids is covered by an RMP-K8S-041 finding whose message names that id (`WildcardCoverage`), a fact of\n");
        sb.Append("the mapping, so a role that grants exec into pods through `*` still fails Polaris' `clusterrolePodExecAttach`.\n\n");
        sb.Append("This section is checked by `PeerAgreementTests` and rewritten with `RAMPART_UPDATE_GOLDEN=1 dotnet test tests/Rampart.Tests\n");
        sb.Append("--filter PeerAgreement`; the reasons come from `tests/Rampart.Tests/Policies/PeerAgreement/disagreements.csv`.\n");
        sb.Append("The gate is the count of agreeing fixtures per peer (`PeerAgreementTests.AgreeingToday`), not a rate: the test fails\n");
        sb.Append("when fewer agree or when a disagreement and its recorded reason do not match, so a single regression fails it.\n\n");
        sb.Append("| Peer | Checks mapped | Fixtures compared | Agree | Agreement |\n|---|---:|---:|---:|---:|\n");
        foreach (var (peer, title) in PeerCases.Peers)
        {
            var mine = outcomes.Where(o => o.Case.Peer == peer).ToList();
            var checks = mine.Select(o => o.Case.Check).Distinct().Count();
            var agree = mine.Count(o => o.Agrees);
            var rate = mine.Count == 0 ? 0 : agree / (double)mine.Count;
            sb.Append(CultureInfo.InvariantCulture, $"| {title} | {checks} | {mine.Count} | {agree} | {rate * 100:0.0}% |\n");
        }

        var disagreements = outcomes.Where(o => !o.Agrees).ToList();
        sb.Append("\n### Disagreements\n\n");
        if (disagreements.Count == 0)
        {
            sb.Append("None.\n");
            return sb.ToString();
        }

        sb.Append("| Peer | Fixture | Check | Expected | Rampart | Why |\n|---|---|---|---|---|---|\n");
        foreach (var o in disagreements)
        {
            var rampart = o.RampartFails ? "fails (" + string.Join(", ", o.Fired) + ")" : "passes";
            var why = reasons.Find(o.Case)?.Reason ?? "(no reason recorded)";
            sb.Append(CultureInfo.InvariantCulture,
                $"| {o.Case.Peer} | `{o.Case.Fixture}` | {o.Case.Check} | {(o.Case.ExpectedFail ? "fail" : "pass")} | {rampart} | {why.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return sb.ToString();
    }
}
