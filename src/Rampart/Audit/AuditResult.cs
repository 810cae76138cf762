using Rampart.Reporting;

namespace Rampart.Audit;

/// <summary>
/// What an audit found: the report (findings located at <see cref="LiveObject.Path"/>, with the owners of the Git path
/// each object was traced to), the objects and their traces by that path, and the requests sent.
/// </summary>
public sealed record AuditResult(ScanReport? Report, IReadOnlyList<LiveObject> Objects, IReadOnlyDictionary<string, ObjectTrace> Traces, int Requests)
{
    /// <summary>Why the checks could not start (a policy directory or parameter that does not load); the report is then null.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
