using Rampart.Policies;
using Rampart.Testing;

namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>
/// The built-in pack against the Polaris, Trivy, kube-score and pod-security-admission fixtures of the shared
/// corpus, for every peer check mapped by alias: at least 95% agreement per peer, every disagreement explained in
/// disagreements.csv, and the table written to the "## Policies" section of docs/conformance.md.
/// </summary>
public sealed class PeerAgreementTests
{
    private const double Required = 0.95;

    public static string ReasonsFile => Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Tests", "Policies", "PeerAgreement", "disagreements.csv");

    [Fact]
    public void Built_in_policies_agree_with_every_peer_on_at_least_95_percent_of_the_mapped_fixtures()
    {
        var fixtures = RepositoryPaths.CorpusFolder(Path.Combine("k8s", "fixtures"));
        var policies = BuiltInPolicies.All.Policies;
        var runner = new PeerRunner(policies);
        var outcomes = new List<PeerOutcome>();
        foreach (var (peer, _) in PeerCases.Peers)
        {
            var folder = Path.Combine(fixtures, peer);
            outcomes.AddRange(PeerCases.Load(peer, folder, policies).Select(c => runner.Run(c, folder)));
        }

        var reasons = DisagreementReasons.Load(ReasonsFile);
        var unexplained = outcomes.Where(o => !o.Agrees && reasons.Find(o.Case) is null).Select(Describe).ToList();
        var stale = reasons.Entries.Where(r => !outcomes.Any(o => !o.Agrees && r.Matches(o.Case))).Select(r => $"{r.Peer},{r.Fixture},{r.Check}").ToList();

        Assert.True(unexplained.Count == 0, "disagreements without a reason in disagreements.csv:\n" + string.Join('\n', unexplained));
        Assert.True(stale.Count == 0, "reasons in disagreements.csv for cases that now agree:\n" + string.Join('\n', stale));
        foreach (var (peer, title) in PeerCases.Peers)
        {
            var mine = outcomes.Where(o => o.Case.Peer == peer).ToList();
            Assert.NotEmpty(mine);
            var rate = mine.Count(o => o.Agrees) / (double)mine.Count;
            Assert.True(rate >= Required, $"{title}: {rate:P1} agreement over {mine.Count} fixtures");
        }

        GoldenFiles.AssertSection(Path.Combine(RepositoryPaths.Root, "docs", "conformance.md"), "## Policies",
            ConformanceSection.Render(outcomes, reasons));
    }

    private static string Describe(PeerOutcome o) =>
        $"{o.Case.Peer},{o.Case.Fixture},{o.Case.Check}, expected {(o.Case.ExpectedFail ? "fail" : "pass")}, Rampart {(o.RampartFails ? "fails (" + string.Join(' ', o.Fired) + ")" : "passes")}";
}
