namespace Rampart.Findings;

/// <summary>
/// One problem found by an analyzer. Analyzers fill in what they know (rule, severity, message, location,
/// resource); the attribute stage adds <see cref="Owners"/> and may refine <see cref="Responsibility"/>;
/// the decide stage sets <see cref="Status"/>; <see cref="Fingerprint"/> is computed from the parts that
/// identify the problem, never from the line number.
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required string Title { get; init; }
    public required Category Category { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public required SourceLocation Location { get; init; }
    public required Responsibility Responsibility { get; init; }

    /// <summary>Other tools' identifiers for the same check, and CVE/GHSA ids for vulnerabilities.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public ResourceRef? Resource { get; init; }
    public PackageRef? Package { get; init; }
    public string? Remediation { get; init; }
    /// <summary>Link to the rule's documentation page.</summary>
    public string? HelpUri { get; init; }

    public IReadOnlyList<string> Owners { get; init; } = [];
    public FindingStatus Status { get; init; } = FindingStatus.Open;
    /// <summary>Why the status is not open (the waiver reason, the suppressing annotation, …).</summary>
    public string? StatusReason { get; init; }
    public string Fingerprint { get; init; } = "";

    /// <summary>
    /// <see cref="SourceLocation.FieldPath"/> with list items named where they have a name
    /// (<c>spec.containers[name=web].image</c>), set by the analyze stage while the object is at hand. The
    /// fingerprint is computed from it, so that a container inserted before another does not change it.
    /// </summary>
    public string? StableFieldPath { get; init; }

    /// <summary>Set by <c>--diff</c>: whether the finding is new, unchanged or fixed against the base revision.</summary>
    public ChangeKind? Change { get; init; }

    /// <summary>
    /// What tells this finding apart from others of the same rule on the same resource and field when
    /// neither says enough (for example a hash of a secret's value). Part of the fingerprint.
    /// </summary>
    public string? Discriminator { get; init; }

    /// <summary>
    /// For a finding on a rendered object: the entry point that rendered it and the chain of files to the location.
    /// The entry point is part of the fingerprint and its file's owners are added to the finding's.
    /// </summary>
    public RenderOrigin? Origin { get; init; }

    /// <summary>
    /// For a secret found in the Git history: the commit that first added it and whether it is still at HEAD. Such a
    /// finding's fingerprint is the rule and the secret's hash alone, so one secret is one finding whatever its file.
    /// </summary>
    public CommitRef? Commit { get; init; }
}
