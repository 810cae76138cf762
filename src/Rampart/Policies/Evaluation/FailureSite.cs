using Rampart.Loading;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// Where a failure is: the element of the iterated list (or nothing, for the object as a whole), with the
/// activation that binds the item variables down to it.
/// </summary>
internal readonly record struct FailureSite(Node? Element, Rampart.Cel.ICelActivation Activation, string? Item);
