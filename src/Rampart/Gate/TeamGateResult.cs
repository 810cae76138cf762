using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>One team's part of the gate: its threshold, how many open findings reach it, pass or fail.</summary>
public sealed record TeamGateResult(string Team, Severity? FailOn, int OpenFindings, int FindingsOverThreshold, bool Passed);
