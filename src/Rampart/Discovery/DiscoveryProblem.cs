using Rampart.Findings;

namespace Rampart.Discovery;

/// <summary>A path the walker skipped for a reason the user should see (too big, unreadable, a broken link…).</summary>
public sealed record DiscoveryProblem(string RelativePath, Finding Finding) : DiscoveryItem(RelativePath);
