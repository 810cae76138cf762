using Rampart.Policies;
using Rampart.Testing;

namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>
/// The built-in pack against the Polaris, Trivy, kube-score and pod-security-admission fixtures of the shared
/// corpus, for every peer check mapped by alias: every fixture that agrees today still agrees, every disagreement is
/// explained in disagreements.csv (and every reason there still has its disagreement), and the "## Policies" section
/// of docs/conformance.md shows the run.
/// </summary>
public sealed class PeerAgreementTests
{
    /// <summary>
    /// The fixtures that agree today, per peer. The gate sits at these counts, not at a rate, so a single fixture
    /// that stops agreeing (or drops out of the comparison) fails; when more agree, raise the count.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, int> AgreeingToday = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["polaris"] = 157,
        ["trivy"] = 53,
        ["kube-score"] = 57,
        ["pod-security-admission"] = 148,
    };

    public static string ReasonsFile => Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Tests", "Policies", "PeerAgreement", "disagreements.csv");

    [Fact]
    public void Built_in_policies_keep_every_agreement_with_the_peers_and_explain_each_difference()
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
            var agree = outcomes.Count(o => o.Case.Peer == peer && o.Agrees);
            Assert.True(agree >= AgreeingToday[peer], $"{title}: {agree} fixtures agree, fewer than the {AgreeingToday[peer]} that agreed before");
        }

        GoldenFiles.AssertSection(Path.Combine(RepositoryPaths.Root, "docs", "conformance.md"), "## Policies",
            ConformanceSection.Render(outcomes, reasons));
    }

    private static string Describe(PeerOutcome o) =>
        $"{o.Case.Peer},{o.Case.Fixture},{o.Case.Check}, expected {(o.Case.ExpectedFail ? "fail" : "pass")}, Rampart {(o.RampartFails ? "fails (" + string.Join(' ', o.Fired) + ")" : "passes")}";
}
