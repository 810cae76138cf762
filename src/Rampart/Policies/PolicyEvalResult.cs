using Rampart.Cel;
using Rampart.Cel.Values;

namespace Rampart.Policies;

/// <summary>The value of an evaluated expression, or the compile errors (with line and column) that prevented it.</summary>
public sealed record PolicyEvalResult(CelValue? Value, IReadOnlyList<CelIssue> Errors)
{
    public bool Compiled => Errors.Count == 0;
}
