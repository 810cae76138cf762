namespace Rampart.Kubernetes;

/// <summary>The user an admission request is made by (Kubernetes' <c>userInfo</c>).</summary>
public sealed record AdmissionUser(string Username, string Uid, IReadOnlyList<string> Groups)
{
    /// <summary>The user a scan acts as: <c>rampart</c>, in the group every authenticated user is in.</summary>
    public static AdmissionUser Scan { get; } = new("rampart", "", ["system:authenticated"]);
}
