using Rampart.Findings;

namespace Rampart.Cli.Commands;

/// <summary>What <c>rampart owners explain</c> explains: a path, and where the finding has them, its resource and the entry point that rendered it.</summary>
internal sealed record ExplainTarget(string Path, ResourceRef? Resource, string? EntryPoint);
