using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>One team's part of the gate: its threshold, how many open findings reach it, pass or fail.</summary>
public sealed record TeamGateResult(string Team, Severity? FailOn, int OpenFindings, int FindingsOverThreshold, bool Passed)
{
    /// <summary>
    /// The owner handles that stand for this team in <see cref="Finding.Owners"/> (its CODEOWNERS handles, such as
    /// <c>@org/payments</c>). Reports give a finding to the team when its owners name the team or one of these.
    /// </summary>
    public IReadOnlyList<string> Handles { get; init; } = [];
}
