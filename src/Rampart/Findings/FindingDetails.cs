namespace Rampart.Findings;

/// <summary>
/// The parts of a <see cref="Finding"/> that few findings have (a status reason, a change against a base revision, a
/// discriminator, a commit, a package, a fingerprint that is not 16 hexadecimal digits), kept apart so that the many
/// findings without any of them hold one empty reference instead of a field for each.
/// </summary>
internal sealed record FindingDetails(
    string? StatusReason = null,
    ChangeKind? Change = null,
    string? Discriminator = null,
    CommitRef? Commit = null,
    PackageRef? Package = null,
    string? FingerprintText = null)
{
    public static FindingDetails None { get; } = new();
}
