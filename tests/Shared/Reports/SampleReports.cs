using Rampart.Dependencies.Inventory;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;

namespace Rampart.Testing;

/// <summary>
/// Reports built in code for the golden files: every severity, category and status; findings with and
/// without resource, package and owners; a path that needs URI escaping; Unicode; and messages full of the
/// characters that Spectre markup, XML, JSON and Markdown must escape. Findings are listed out of order on
/// purpose: writers must sort them.
/// </summary>
internal static class SampleReports
{
    /// <summary>Fixed options, so that output does not depend on the terminal running the tests.</summary>
    public static readonly ReportOptions Options = new()
    {
        Color = false,
        Width = 120,
        RepositoryRoot = "/home/ci/acme-gitops",
    };

    public static string Render(IReportWriter writer, ScanReport report, ReportOptions options)
    {
        using var output = new StringWriter();
        writer.Write(report, output, options);
        return output.ToString();
    }

    public static readonly DateTimeOffset StartedAt = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static ScanReport Empty() => new()
    {
        ToolVersion = "0.1.0",
        Target = "examples/gitops-repo",
        Findings = [],
        Rules = [],
        Gate = GateResult.NoGate,
        FilesScanned = 3,
        ResourcesScanned = 5,
        Coverage = new ScanCoverage(Manifests: 3, NotRendered: 0, WithoutObjects: 0, NotScanned: 0),
        StartedAt = StartedAt,
        Duration = TimeSpan.FromMilliseconds(120),
    };

    public static ScanReport Representative() => new()
    {
        ToolVersion = "0.1.0",
        Target = "examples/gitops-repo",
        Findings = SampleFindings.All,
        Rules = Rules,
        Gate = Gate,
        FilesScanned = 12,
        ResourcesScanned = 31,
        Coverage = new ScanCoverage(Manifests: 8, NotRendered: 2, WithoutObjects: 1, NotScanned: 1),
        StartedAt = StartedAt,
        Duration = TimeSpan.FromMilliseconds(1234),
        Baseline = ".rampart/baseline.json",
        Inventory = Inventory,
    };

    /// <summary>Two lockfiles: npm with a direct, a development and a transitive package (one also in the other file), and a requirements file.</summary>
    public static IReadOnlyList<LockfileInventory> Inventory { get; } =
    [
        new("apps/shop/requirements.txt", "requirements.txt", [new InventoryPackage("PyPI", "Flask", "2.0.1", 3) { Relation = DependencyRelation.Direct }]),
        new("apps/web/package-lock.json", "package-lock.json",
        [
            new InventoryPackage("npm", "lodash", "4.17.20", 12) { Relation = DependencyRelation.Direct },
            new InventoryPackage("npm", "jest", "29.7.0", 20) { Relation = DependencyRelation.Direct, Dev = true },
            new InventoryPackage("npm", "@babel/core", "7.23.0", 31) { Relation = DependencyRelation.Transitive, Dev = true },
        ]),
        new("tools/package-lock.json", "package-lock.json", [new InventoryPackage("npm", "lodash", "4.17.20", 8) { Relation = DependencyRelation.Transitive }]),
    ];

    public static GateResult Gate { get; } = new(
        Passed: false,
        FailOn: Severity.High,
        Teams:
        [
            new TeamGateResult("payments", Severity.High, OpenFindings: 3, FindingsOverThreshold: 2, Passed: false) { Handles = ["@acme/payments"] },
            new TeamGateResult("platform", Severity.Critical, OpenFindings: 1, FindingsOverThreshold: 0, Passed: true) { Handles = ["@acme/platform"] },
            new TeamGateResult("security", null, OpenFindings: 0, FindingsOverThreshold: 0, Passed: true) { Handles = ["@acme/security"] },
        ]);

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        new()
        {
            Id = "RMP-PSS-003",
            Title = "Privileged container",
            Category = Category.Misconfiguration,
            Severity = Severity.Critical,
            Responsibility = Responsibility.Platform,
            Description = "A privileged container has every capability of the host and can escape to the node.",
            Remediation = "Remove `privileged: true` or set it to false.",
            Aliases = ["KSV-0017", "privilegedContainer", "pss:baseline/privileged"],
            HelpUri = "https://rampart.dev/docs/checks/RMP-PSS-003",
        },
        new()
        {
            Id = "RMP-HYG-001",
            Title = "Image tag is latest or missing",
            Category = Category.Misconfiguration,
            Severity = Severity.Medium,
            Responsibility = Responsibility.Developers,
            Remediation = "Pin the image to a version tag or a digest.",
            Aliases = ["KSV-0013", "tagNotSpecified"],
            HelpUri = "https://rampart.dev/docs/checks/RMP-HYG-001",
        },
        new()
        {
            Id = "RMP-SCHEMA-TYPE",
            Title = "Field has the wrong type",
            Category = Category.Schema,
            Severity = Severity.High,
            Responsibility = Responsibility.Developers,
        },
        new()
        {
            Id = "RMP-SECRET-ENV",
            Title = "Secret in an environment variable",
            Category = Category.Secret,
            Severity = Severity.Critical,
            Responsibility = Responsibility.Security,
            Remediation = "Move the value to a Secret and reference it with secretKeyRef.",
        },
        new()
        {
            Id = "RMP-RBAC-ADMIN",
            Title = "Binding to cluster-admin",
            Category = Category.Policy,
            Severity = Severity.High,
            Responsibility = Responsibility.Platform,
            Aliases = ["KSV-0111"],
        },
        new()
        {
            Id = "RMP-HYG-PDB",
            Title = "No PodDisruptionBudget for a replicated workload",
            Category = Category.Misconfiguration,
            Severity = Severity.Low,
            Responsibility = Responsibility.Platform,
        },
    ];
}
