using Rampart.Findings;
using Rampart.Gate;

namespace Rampart.Reporting;

/// <summary>One team in a report: its gate result, how many findings it owns, and its open ones by severity.</summary>
public sealed record TeamSummary(TeamGateResult Gate, int Findings, IReadOnlyDictionary<Severity, int> OpenBySeverity);
