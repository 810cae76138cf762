using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

/// <summary>The checker's side tables, indexed by expression id, and the errors it found.</summary>
internal sealed class CheckResult(CelType?[] types, Reference?[] references, List<CelIssue> errors)
{
    public CelType?[] Types { get; } = types;

    public Reference?[] References { get; } = references;

    public List<CelIssue> Errors { get; } = errors;

    public CelType TypeOf(int id) => Types[id] ?? CelType.Dyn;
}
