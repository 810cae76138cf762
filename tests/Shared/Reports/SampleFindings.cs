using Rampart.Findings;

namespace Rampart.Testing;

/// <summary>The findings of <see cref="SampleReports.Representative"/>, deliberately out of report order.</summary>
internal static class SampleFindings
{
    private static readonly ResourceRef Web = new("apps/v1", "Deployment", "prod", "web");

    public static readonly Finding GitopsInfo = new()
    {
        RuleId = "RMP-GITOPS-UNRENDERED",
        Title = "Kustomization not rendered",
        Category = Category.Gitops,
        Severity = Severity.Info,
        Message = "Patch [red]bold[/] <script>alert(1)</script> & \"quotes\" | *stars* _under_ `tick` $x$ is not rendered",
        Location = new SourceLocation("clusters/prod/kustomization.yaml", 4, 3),
        Responsibility = Responsibility.Platform,
        Fingerprint = "b7e1c0de00000008",
    };

    public static readonly Finding PrivilegedCritical = new()
    {
        RuleId = "RMP-PSS-003",
        Title = "Privileged container",
        Category = Category.Misconfiguration,
        Severity = Severity.Critical,
        Message = "Container \"app\" runs privileged (securityContext.privileged: true)",
        Location = new SourceLocation("deploy/web.yaml", 24, 13, 24, 29, "spec.template.spec.containers[0].securityContext.privileged"),
        Resource = Web,
        Responsibility = Responsibility.Platform,
        Aliases = ["KSV-0017", "privilegedContainer", "pss:baseline/privileged"],
        Remediation = "Remove `privileged: true` or set it to false.",
        HelpUri = "https://rampart.dev/docs/checks/RMP-PSS-003",
        Owners = ["@acme/payments"],
        Fingerprint = "3f2a9c0e11111111",
    };

    public static readonly Finding SchemaHigh = new()
    {
        RuleId = "RMP-SCHEMA-TYPE",
        Title = "Field has the wrong type",
        Category = Category.Schema,
        Severity = Severity.High,
        Message = "spec.template.spec.containers[0].ports[0].containerPort: expected integer, got string \"80<x>\"",
        Location = new SourceLocation("deploy/web.yaml", 30, 30, 30, 37, "spec.template.spec.containers[0].ports[0].containerPort"),
        Resource = Web,
        Responsibility = Responsibility.Developers,
        Owners = ["@acme/payments"],
        Fingerprint = "5c0ffee022222222",
    };

    public static readonly Finding LatestWaived = new()
    {
        RuleId = "RMP-HYG-001",
        Title = "Image tag is latest or missing",
        Category = Category.Misconfiguration,
        Severity = Severity.Medium,
        Message = "Image \"nginx:latest\" uses the tag latest",
        Location = new SourceLocation("deploy/web.yaml", 22, 18, FieldPath: "spec.template.spec.containers[0].image"),
        Resource = Web,
        Responsibility = Responsibility.Developers,
        Aliases = ["KSV-0013", "tagNotSpecified"],
        Remediation = "Pin the image to a version tag or a digest.",
        HelpUri = "https://rampart.dev/docs/checks/RMP-HYG-001",
        Owners = ["@acme/payments"],
        Status = FindingStatus.Waived,
        StatusReason = "Pinned by the release pipeline [JIRA-12] <until 2025-06-30> & approved by @acme/security",
        Fingerprint = "9a9a9a9a33333333",
    };

    public static readonly Finding PolicyMediumSameLine = new()
    {
        RuleId = "RMP-POLICY-CUSTOM",
        Title = "Team policy: app label required",
        Category = Category.Policy,
        Severity = Severity.Medium,
        Message = "Label app.kubernetes.io/name is missing",
        Location = new SourceLocation("deploy/web.yaml", 24, 13),
        Resource = Web,
        Responsibility = Responsibility.Developers,
        Owners = ["@acme/payments"],
        Fingerprint = "0d0d0d0d44444444",
    };

    public static readonly Finding SecretSuppressed = new()
    {
        RuleId = "RMP-SECRET-ENV",
        Title = "Secret in an environment variable",
        Category = Category.Secret,
        Severity = Severity.Critical,
        Message = "Variable DB_PASSWORD holds a literal value — « clé secrète » 秘密 🔑",
        Location = new SourceLocation("deploy/my app/ünïcode #1%.yaml", 9, 20, 9, 41),
        Resource = new ResourceRef("v1", "Pod", "prod", "débogage"),
        Responsibility = Responsibility.Security,
        Remediation = "Move the value to a Secret and reference it with secretKeyRef.",
        Owners = ["@acme/security", "@acme/payments"],
        Status = FindingStatus.Suppressed,
        StatusReason = "annotation rampart.dev/ignore: \"RMP-SECRET-ENV\"",
        Discriminator = "sha256:1234",
        Fingerprint = "e5e5e5e555555555",
    };

    public static readonly Finding ClusterAdminHigh = new()
    {
        RuleId = "RMP-RBAC-ADMIN",
        Title = "Binding to cluster-admin",
        Category = Category.Policy,
        Severity = Severity.High,
        Message = "ClusterRoleBinding ci-deployer grants cluster-admin to ServiceAccount ci/deployer",
        Location = new SourceLocation("platform/rbac.yaml", 11, 9),
        Resource = new ResourceRef("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", null, "ci-deployer"),
        Responsibility = Responsibility.Platform,
        Aliases = ["KSV-0111"],
        Owners = ["@acme/platform"],
        Fingerprint = "c1c1c1c166666666",
    };

    public static readonly Finding VulnerabilityBaselined = new()
    {
        RuleId = "CVE-2021-23337",
        Title = "lodash: command injection in template",
        Category = Category.Vulnerability,
        Severity = Severity.High,
        Message = "lodash 4.17.20 is vulnerable; fixed in 4.17.21",
        Location = new SourceLocation("app/package-lock.json"),
        Package = new PackageRef("npm", "lodash", "4.17.20", ["4.17.21"]) { Purl = "pkg:npm/lodash@4.17.20" },
        Responsibility = Responsibility.Developers,
        Aliases = ["GHSA-35jh-r3h4-6jhm"],
        HelpUri = "https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm",
        Owners = ["@acme/payments"],
        Status = FindingStatus.Baselined,
        StatusReason = "in baseline .rampart/baseline.json",
        Fingerprint = "a0a0a0a077777777",
    };

    public static readonly Finding ImageLowUnowned = new()
    {
        RuleId = "RMP-IMG-ROOT",
        Title = "Image runs as root",
        Category = Category.Image,
        Severity = Severity.Low,
        Message = "The last USER instruction is root",
        Location = new SourceLocation("images/api/Dockerfile", 7, 1),
        Responsibility = Responsibility.Developers,
        Fingerprint = "f0f0f0f088888888",
    };

    public static readonly Finding DuplicateKeyForAlice = new()
    {
        RuleId = "RMP-LOAD-DUPKEY",
        Title = "Duplicate key",
        Category = Category.Schema,
        Severity = Severity.Low,
        Message = "Key \"name\" appears twice\nfirst at line 2\u0001",
        Location = new SourceLocation("apps/alice/config.yaml", 3, 1),
        Resource = new ResourceRef("v1", "ConfigMap", null, "settings"),
        Responsibility = Responsibility.Developers,
        Owners = ["@alice"],
        Fingerprint = "d1d1d1d199999999",
    };

    public static IReadOnlyList<Finding> All { get; } =
    [
        GitopsInfo,
        PrivilegedCritical,
        SchemaHigh,
        LatestWaived,
        PolicyMediumSameLine,
        SecretSuppressed,
        ClusterAdminHigh,
        VulnerabilityBaselined,
        ImageLowUnowned,
        DuplicateKeyForAlice,
    ];
}
