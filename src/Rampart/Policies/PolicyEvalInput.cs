using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// What <c>rampart policy eval</c> evaluates an expression against: the object (and the old object of an update),
/// the parameters object, and the namespace object. Any of them may be absent (null in CEL).
/// </summary>
public sealed record PolicyEvalInput
{
    public MappingNode? Object { get; init; }
    public MappingNode? OldObject { get; init; }
    public Node? Params { get; init; }
    public MappingNode? NamespaceObject { get; init; }
}
