using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>The findings after waivers, and the problems found with the waivers themselves.</summary>
public sealed record WaiverOutcome(IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Problems);
