using Rampart.Loading;

namespace Rampart.Kubernetes.Admission;

/// <summary>
/// What an admission request says besides the object itself: the operation, the user, the object it replaces or
/// deletes, and, when the caller knows them, the namespace object and the parameters. Policies see these as
/// <c>request</c>, <c>oldObject</c>, <c>namespaceObject</c> and <c>params</c>; <c>matchConstraints</c> rules
/// are matched against <see cref="Operation"/>. A scan evaluates every object with <see cref="Scan"/>.
/// </summary>
public sealed record AdmissionAttributes
{
    /// <summary>A <c>CREATE</c> by <see cref="AdmissionUser.Scan"/>, not a dry run; namespace and params from the repository.</summary>
    public static AdmissionAttributes Scan { get; } = new();

    public AdmissionOperation Operation { get; init; } = AdmissionOperation.Create;

    public AdmissionUser User { get; init; } = AdmissionUser.Scan;

    /// <summary><c>oldObject</c>: the object an UPDATE replaces or a DELETE removes; null otherwise.</summary>
    public KubernetesObject? OldObject { get; init; }

    /// <summary>
    /// <c>namespaceObject</c>; null to take the repository's Namespace object of the object's namespace (or a minimal
    /// one: its name and the <c>kubernetes.io/metadata.name</c> label).
    /// </summary>
    public MappingNode? NamespaceObject { get; init; }

    /// <summary><c>params</c> for every policy; null to bind what each policy's <c>rampart.dev/params</c> asks for (or null).</summary>
    public Node? Params { get; init; }

    /// <summary><c>request.dryRun</c>.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Why an object (<paramref name="hasObject"/>) and <see cref="OldObject"/> contradict <see cref="Operation"/>,
    /// as Kubernetes never sends them: an old object with a CREATE or a CONNECT, a new object with a DELETE. Null
    /// when they agree (either may be missing: it is then null in CEL).
    /// </summary>
    public string? Inconsistency(bool hasObject) => Operation switch
    {
        AdmissionOperation.Create or AdmissionOperation.Connect when OldObject is not null => $"a {Operation.Name()} has no old object",
        AdmissionOperation.Delete when hasObject => "a DELETE has no object, only the old object being deleted",
        _ => null,
    };
}
