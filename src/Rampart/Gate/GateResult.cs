using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>
/// The decision of a scan: passed when no open finding reaches the threshold. <see cref="Teams"/> holds one
/// entry per team when thresholds are set per team.
/// </summary>
public sealed record GateResult(bool Passed, Severity? FailOn, IReadOnlyList<TeamGateResult> Teams)
{
    public static GateResult NoGate { get; } = new(true, null, []);

    /// <summary>
    /// The fingerprints of the open findings that fail the gate, as the gate decided them (per team and per
    /// category). Null when the result was not produced by the gate evaluator; reports then work it out from
    /// the thresholds.
    /// </summary>
    public IReadOnlySet<string>? Blocking { get; init; }
}
