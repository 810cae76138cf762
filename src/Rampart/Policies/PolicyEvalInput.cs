using Rampart.Loading;
using Rampart.Kubernetes.Admission;

namespace Rampart.Policies;

/// <summary>
/// What <c>rampart policy eval</c> evaluates an expression against: the object (and the old object of an update or
/// a delete), the parameters object and the namespace object, any of which may be absent (null in CEL), and who
/// asks for what: the operation and the user.
/// </summary>
public sealed record PolicyEvalInput
{
    public MappingNode? Object { get; init; }
    public MappingNode? OldObject { get; init; }
    public Node? Params { get; init; }

    /// <summary>The namespace object; without one, the object's namespace gives a minimal one, as in a scan.</summary>
    public MappingNode? NamespaceObject { get; init; }

    /// <summary>
    /// The operation; null to take it from the objects given: UPDATE with both, DELETE with only the old object,
    /// CREATE otherwise.
    /// </summary>
    public AdmissionOperation? Operation { get; init; }

    public AdmissionUser User { get; init; } = AdmissionUser.Scan;

    /// <summary>The operation of the request: <see cref="Operation"/>, or the one the objects given imply.</summary>
    public AdmissionOperation EffectiveOperation => Operation
        ?? (Object is null && OldObject is not null ? AdmissionOperation.Delete
            : Object is not null && OldObject is not null ? AdmissionOperation.Update
            : AdmissionOperation.Create);

    /// <summary>Why the objects given contradict the operation (an old object with a CREATE, an object with a DELETE); null when they agree.</summary>
    public string? Inconsistency() => new AdmissionAttributes
    {
        Operation = EffectiveOperation,
        OldObject = OldObject is null ? null : PolicyEval.Subject(OldObject),
    }.Inconsistency(Object is not null);
}
