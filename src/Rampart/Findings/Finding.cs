namespace Rampart.Findings;

/// <summary>
/// One problem found by an analyzer. Analyzers fill in what they know (rule, severity, message, location,
/// resource); the attribute stage adds <see cref="Owners"/> and may refine <see cref="Responsibility"/>;
/// the decide stage sets <see cref="Status"/>; <see cref="Fingerprint"/> is computed from the parts that
/// identify the problem, never from the line number.
/// </summary>
/// <remarks>
/// A large scan holds every finding until its report is written, so a finding is kept small: what is the same for
/// every finding of a rule is one shared <see cref="Findings.RuleFacts"/>, the fingerprint is held as its 64 bits,
/// and the parts few findings have sit behind one reference. Setting <see cref="Title"/>, <see cref="Category"/>,
/// <see cref="Aliases"/>, <see cref="Remediation"/> or <see cref="HelpUri"/> alone makes the finding its own facts.
/// </remarks>
public sealed record Finding
{
    private FindingDetails details = FindingDetails.None;
    private ulong fingerprintBits;
    private bool fingerprinted;

    public required string RuleId { get; init; }

    /// <summary>The rule's title, category, aliases, remediation and link, shared by the findings of one rule.</summary>
    public RuleFacts RuleFacts { get; init; } = RuleFacts.None;

    public string Title { get => RuleFacts.Title; init => RuleFacts = RuleFacts.Title == value ? RuleFacts : RuleFacts with { Title = value }; }
    public Category Category { get => RuleFacts.Category; init => RuleFacts = RuleFacts.Category == value ? RuleFacts : RuleFacts with { Category = value }; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public required SourceLocation Location { get; init; }
    public required Responsibility Responsibility { get; init; }

    /// <summary>Other tools' identifiers for the same check, and CVE/GHSA ids for vulnerabilities.</summary>
    public IReadOnlyList<string> Aliases { get => RuleFacts.Aliases; init => RuleFacts = ReferenceEquals(RuleFacts.Aliases, value) ? RuleFacts : RuleFacts with { Aliases = value }; }
    public ResourceRef? Resource { get; init; }
    public PackageRef? Package { get => details.Package; init => details = details.Package == value ? details : details with { Package = value }; }
    public string? Remediation { get => RuleFacts.Remediation; init => RuleFacts = RuleFacts.Remediation == value ? RuleFacts : RuleFacts with { Remediation = value }; }

    /// <summary>Link to the rule's documentation page.</summary>
    public string? HelpUri { get => RuleFacts.HelpUri; init => RuleFacts = RuleFacts.HelpUri == value ? RuleFacts : RuleFacts with { HelpUri = value }; }

    public IReadOnlyList<string> Owners { get; init; } = [];
    public FindingStatus Status { get; init; } = FindingStatus.Open;

    /// <summary>Why the status is not open (the waiver reason, the suppressing annotation, …).</summary>
    public string? StatusReason { get => details.StatusReason; init => details = details.StatusReason == value ? details : details with { StatusReason = value }; }

    /// <summary>
    /// The fingerprint's text: 16 lowercase hexadecimal digits as <see cref="Fingerprinter"/> computes it, held as its
    /// 64 bits and written out when asked for; any other text is kept as it is.
    /// </summary>
    public string Fingerprint
    {
        get => fingerprinted ? Fingerprinter.Format(fingerprintBits) : details.FingerprintText ?? "";
        init
        {
            fingerprinted = Fingerprinter.TryParse(value, out fingerprintBits);
            var text = fingerprinted || value.Length == 0 ? null : value;
            details = details.FingerprintText == text ? details : details with { FingerprintText = text };
        }
    }

    /// <summary>The fingerprint as its 64 bits, when it is one <see cref="Fingerprinter"/> computed (null otherwise).</summary>
    public ulong? FingerprintBits
    {
        get => fingerprinted ? fingerprintBits : null;
        init
        {
            (fingerprinted, fingerprintBits) = (value.HasValue, value.GetValueOrDefault());
            details = details.FingerprintText is null ? details : details with { FingerprintText = null };
        }
    }

    /// <summary>
    /// <see cref="SourceLocation.FieldPath"/> with list items named where they have a name
    /// (<c>spec.containers[name=web].image</c>), set by the analyze stage while the object is at hand. The
    /// fingerprint is computed from it, so that a container inserted before another does not change it.
    /// </summary>
    public string? StableFieldPath { get; init; }

    /// <summary>Set by <c>--diff</c>: whether the finding is new, unchanged or fixed against the base revision.</summary>
    public ChangeKind? Change { get => details.Change; init => details = details.Change == value ? details : details with { Change = value }; }

    /// <summary>
    /// What tells this finding apart from others of the same rule on the same resource and field when
    /// neither says enough (for example a hash of a secret's value). Part of the fingerprint.
    /// </summary>
    public string? Discriminator { get => details.Discriminator; init => details = details.Discriminator == value ? details : details with { Discriminator = value }; }

    /// <summary>
    /// For a finding on a rendered object: the entry point that rendered it and the chain of files to the location.
    /// The entry point is part of the fingerprint and its file's owners are added to the finding's.
    /// </summary>
    public RenderOrigin? Origin { get; init; }

    /// <summary>
    /// For a secret found in the Git history: the commit that first added it and whether it is still at HEAD. Such a
    /// finding's fingerprint is the rule and the secret's hash alone, so one secret is one finding whatever its file.
    /// </summary>
    public CommitRef? Commit { get => details.Commit; init => details = details.Commit == value ? details : details with { Commit = value }; }

    /// <summary>Whether the two findings have the same fingerprint, compared without writing either out.</summary>
    public bool SameFingerprint(Finding other) =>
        fingerprinted == other.fingerprinted
        && (fingerprinted ? fingerprintBits == other.fingerprintBits : string.Equals(details.FingerprintText, other.details.FingerprintText, StringComparison.Ordinal));

    /// <summary>A hash of the fingerprint that agrees with <see cref="SameFingerprint"/>.</summary>
    public int FingerprintHash() =>
        fingerprinted ? fingerprintBits.GetHashCode() : StringComparer.Ordinal.GetHashCode(details.FingerprintText ?? "");

    /// <summary>The two fingerprints in the ordinal order of their texts, compared without writing either out.</summary>
    public int CompareFingerprint(Finding other) =>
        fingerprinted && other.fingerprinted ? fingerprintBits.CompareTo(other.fingerprintBits) : string.CompareOrdinal(Fingerprint, other.Fingerprint);
}
