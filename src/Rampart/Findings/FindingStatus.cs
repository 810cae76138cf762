namespace Rampart.Findings;

/// <summary>
/// Where a finding stands after the decide stage. Only <see cref="Open"/> findings count towards a gate.
/// </summary>
public enum FindingStatus
{
    Open,
    /// <summary>Ignored in the manifest itself (the <c>rampart.dev/ignore</c> annotation).</summary>
    Suppressed,
    /// <summary>Covered by a waiver with a reason, an approver and an expiry.</summary>
    Waived,
    /// <summary>Present in the baseline the scan was compared with.</summary>
    Baselined,
}
