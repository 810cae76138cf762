using Rampart.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// One <c>all()</c> of a validation taken apart (see <see cref="Cel.ForEachPattern"/>): the list, the item
/// variable, and the per-item condition, compiled with the items of the enclosing levels in scope.
/// </summary>
internal sealed record CompiledLevel(string Item, CelProgram List, CelProgram Body, bool Negated);
