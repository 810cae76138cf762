using Rampart.Findings;

namespace Rampart.Tests.Testing;

/// <summary>Findings for tests, with defaults for everything the case does not care about.</summary>
internal static class TestFindings
{
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
