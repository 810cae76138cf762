using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Tests.Testing;

/// <summary>Findings for tests, with defaults for everything the case does not care about.</summary>
internal static class TestFindings
{
    /// <summary>The fingerprint of <paramref name="finding"/> as the scan computes it for a finding on the object <paramref name="root"/>.</summary>
    public static string Fingerprint(Finding finding, Node? root) =>
        Fingerprinter.Compute(finding.Location.FieldPath is { } path ? finding with { StableFieldPath = StableFieldPath.Of(path, root) } : finding);

    public static Finding Make(
        string ruleId = "RMP-K8S-001",
        string path = "apps/web/deployment.yaml",
        int line = 10,
        Severity severity = Severity.High,
        Category category = Category.Misconfiguration,
        Responsibility responsibility = Responsibility.Platform,
        ResourceRef? resource = null,
        string? fieldPath = null,
        IReadOnlyList<string>? owners = null,
        IReadOnlyList<string>? aliases = null,
        string? fingerprint = null) => new()
    {
        RuleId = ruleId,
        Title = "Title of " + ruleId,
        Category = category,
        Severity = severity,
        Responsibility = responsibility,
        Message = "message",
        Location = new SourceLocation(path, line, 5, FieldPath: fieldPath),
        Resource = resource,
        Owners = owners ?? [],
        Aliases = aliases ?? [],
        Fingerprint = fingerprint ?? $"fp-{ruleId}-{path}",
    };

    public static ResourceRef Deployment(string name = "web", string? ns = "shop") => new("apps/v1", "Deployment", ns, name);
}
