using System.Collections.Concurrent;
using Rampart.Policies;

namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>
/// Runs the mapped policies over a peer's fixture: Rampart fails it when any of them reports (or cannot evaluate), a
/// wildcard finding counting for the checks its message names (<see cref="WildcardCoverage"/>).
/// </summary>
internal sealed class PeerRunner(IReadOnlyList<Policy> policies)
{
    private readonly ConcurrentDictionary<string, PolicyAnalyzer> analyzers = new(StringComparer.Ordinal);

    public PeerOutcome Run(PeerCase peerCase, string folder)
    {
        var run = WildcardCoverage.PoliciesFor(peerCase);
        var analyzer = analyzers.GetOrAdd(string.Join(',', run), _ =>
            new PolicyAnalyzer(new PolicyLoadResult([.. policies.Where(p => run.Contains(p.Id))], [])));
        var text = File.ReadAllText(Path.Combine(folder, peerCase.Fixture));
        var objects = TestObjects.ReadLenient(peerCase.Fixture, text);
        var findings = PolicyRun.Analyze(analyzer, objects);
        var fired = findings
            .SelectMany(f => f.RuleId == PolicyProblems.EvaluationErrorId ? [f.Discriminator ?? f.RuleId] : WildcardCoverage.CountsFor(f, peerCase))
            .Where(peerCase.PolicyIds.Contains)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return new PeerOutcome(peerCase, fired.Count > 0, fired);
    }
}
