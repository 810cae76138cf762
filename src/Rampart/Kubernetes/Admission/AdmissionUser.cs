namespace Rampart.Kubernetes.Admission;

/// <summary>
/// Who sends an admission request: <c>request.userInfo</c> (<c>username</c>, <c>uid</c>, <c>groups</c>,
/// <c>extra</c>). A scan is the request of <see cref="Scan"/>.
/// </summary>
public sealed record AdmissionUser(string Username, IReadOnlyList<string> Groups)
{
    /// <summary>The group every authenticated user of a cluster belongs to.</summary>
    public const string Authenticated = "system:authenticated";

    /// <summary>The user of a scan: <c>rampart</c>, in the group <c>system:authenticated</c>.</summary>
    public static AdmissionUser Scan { get; } = new("rampart", [Authenticated]);

    /// <summary>The user's uid; empty (and left out of <c>request.userInfo</c>, as Kubernetes omits it) when unknown.</summary>
    public string Uid { get; init; } = "";

    /// <summary>Extra attributes of the user (<c>request.userInfo.extra</c>); left out when empty.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Extra { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
