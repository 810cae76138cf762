using Rampart.Loading;

namespace Rampart.Kubernetes;

/// <summary>
/// How an object reaches the checks: the admission request's operation, who makes it and, for an update or a
/// delete, the object as it was. A scan checks every object as the CREATE of <see cref="Scan"/>; the admission
/// webhook passes what the API server sends.
/// </summary>
public sealed record AdmissionAttributes
{
    /// <summary>CREATE, UPDATE, DELETE or CONNECT.</summary>
    public required string Operation { get; init; }

    public required AdmissionUser User { get; init; }

    /// <summary>The object before the request (UPDATE, DELETE); null for CREATE.</summary>
    public MappingNode? OldObject { get; init; }

    public bool DryRun { get; init; }

    /// <summary>What a scan checks every object as: a CREATE by <see cref="AdmissionUser.Scan"/>, not a dry run.</summary>
    public static AdmissionAttributes Scan { get; } = new() { Operation = "CREATE", User = AdmissionUser.Scan };
}
