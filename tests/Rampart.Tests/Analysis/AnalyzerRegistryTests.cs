using Rampart.Analysis;
using Rampart.Artifacts;
using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Analysis;

public sealed class AnalyzerRegistryTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n";
    private const string Namespace = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n";

    private static readonly AnalyzerRegistration OwnerLabel = new(
        "owner-label",
        "objects need an owner label",
        EnabledByDefault: true,
        () => [TodoAnalyzers.MissingOwnerLabel],
        _ => new AnalyzerPlan
        {
            ContextKinds = new HashSet<string>(StringComparer.Ordinal) { "Namespace" },
            Build = (index, _) => ValueTask.FromResult(new AnalyzerBuild(new TodoAnalyzers.OwnerLabel(index), [])),
        });

    private static readonly AnalyzerRegistration Todo = new(
        "todo", "TODO lines", EnabledByDefault: false, () => [TodoAnalyzers.TodoLine], _ => AnalyzerPlan.Ready(new TodoAnalyzers.Todo()));

    [Fact]
    public async Task An_object_analyzer_registered_in_a_test_runs_in_a_scan_with_the_index_it_asked_for()
    {
        using var repo = new RepositoryBuilder().File("apps/pod.yaml", Pod).File("apps/namespace.yaml", Namespace).File("CODEOWNERS", "/apps/ @acme/shop\n").Build();
        var options = ScanOptions.ForFolder(repo.Root) with { Analyzers = BuiltInAnalyzers.Registry.Add(OwnerLabel) };

        var report = (await Scanner.RunAsync(options, TestContext.Current.CancellationToken)).Report!;

        var finding = Assert.Single(report.Findings, f => f.RuleId == "TEST-OBJ-001" && f.Location.Path == "apps/pod.yaml");
        Assert.Equal("Pod/shop/web has no owner label (CREATE by rampart; 1 namespaces known)", finding.Message);
        Assert.Equal(["@acme/shop"], finding.Owners);
        Assert.Equal(16, finding.Fingerprint.Length);
        Assert.Contains(report.Rules, r => r.Id == "TEST-OBJ-001");
        Assert.Contains(report.Findings, f => f.RuleId.StartsWith("RMP-K8S-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Selecting_a_registered_analyzer_by_name_runs_it_alone()
    {
        using var repo = new RepositoryBuilder().File("apps/pod.yaml", Pod).Build();
        var registry = BuiltInAnalyzers.Registry.Add(OwnerLabel);
        var (selected, unknown) = registry.Parse(["Owner-Label"]);

        var report = (await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = registry, Scanners = selected }, TestContext.Current.CancellationToken)).Report!;

        Assert.Empty(unknown);
        Assert.Contains(report.Findings, f => f.RuleId == "TEST-OBJ-001");
        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("RMP-K8S-", StringComparison.Ordinal) || f.RuleId.StartsWith("RMP-SCHEMA-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_analyzer_reads_the_files_it_asks_for_and_only_those()
    {
        using var repo = new RepositoryBuilder()
            .File("docs/notes.txt", "fine\nTODO: rotate the key\n")
            .File("NOTES", "TODO: by name\n")
            .File("Dockerfile", "FROM alpine\n# TODO pin\n")
            .File("apps/pod.yaml", Pod.Replace("name: web\n  namespace", "name: web # TODO\n  namespace", StringComparison.Ordinal))
            .Build();
        var registry = BuiltInAnalyzers.Registry.Add(Todo);

        var report = (await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = registry, Scanners = registry.Parse(["todo"]).Selected }, TestContext.Current.CancellationToken)).Report!;

        var todos = report.Findings.Where(f => f.RuleId == "TEST-FILE-001").Select(f => f.Location.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Dockerfile:2:3", "NOTES:1:1", "docs/notes.txt:2:1"], todos);
        Assert.Equal(0, report.ResourcesScanned); // no selected analyzer reads objects: the manifest is not parsed
    }

    [Fact]
    public async Task An_analyzer_off_by_default_does_not_run_unless_selected()
    {
        using var repo = new RepositoryBuilder().File("notes.txt", "TODO\n").Build();

        var report = (await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = BuiltInAnalyzers.Registry.Add(Todo) }, TestContext.Current.CancellationToken)).Report!;

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "TEST-FILE-001");
    }

    [Fact]
    public async Task A_file_analyzer_that_throws_is_an_internal_failure_and_the_scan_goes_on()
    {
        using var repo = new RepositoryBuilder().File("notes.txt", "text\n").File("apps/pod.yaml", Pod).Build();
        var registry = BuiltInAnalyzers.Registry.Add(new("broken", "", true, () => [], _ => AnalyzerPlan.Ready(new TodoAnalyzers.Broken())));

        var outcome = await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = registry }, TestContext.Current.CancellationToken);

        Assert.Equal(1, outcome.AnalyzerFailures);
        var failure = Assert.Single(outcome.Report!.Findings, f => f.RuleId == ScanRules.AnalyzerFailed.Id);
        Assert.Equal("notes.txt", failure.Location.Path);
        Assert.Contains("the broken analyzer failed: InvalidOperationException: a defect", failure.Message, StringComparison.Ordinal);
        Assert.Contains(outcome.Report.Findings, f => f.RuleId.StartsWith("RMP-K8S-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_held_in_memory_are_scanned_like_files_on_disk()
    {
        var privileged = Pod.Replace("    image: nginx:1.27\n", "    image: nginx:1.27\n    securityContext:\n      privileged: true\n", StringComparison.Ordinal);
        var artifact = new MemoryArtifact("stdin", new Dictionary<string, byte[]> { ["rendered.yaml"] = System.Text.Encoding.UTF8.GetBytes(privileged) });

        var report = (await Scanner.RunAsync(new ScanOptions { Artifact = artifact }, TestContext.Current.CancellationToken)).Report!;

        Assert.Equal("stdin", report.Target);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RMP-K8S-004");
        Assert.Equal("rendered.yaml:11:7", finding.Location.ToString());
        Assert.False(report.Gate.Passed);
    }

    [Fact]
    public void Two_analyzers_cannot_share_a_name() =>
        Assert.Throws<ArgumentException>(() => BuiltInAnalyzers.Registry.Add(OwnerLabel).Add(OwnerLabel with { Description = "again" }));

    [Fact]
    public void Unknown_names_are_returned_for_a_usage_error()
    {
        var (selected, unknown) = BuiltInAnalyzers.Registry.Parse(["schema,nope", " Policy "]);

        Assert.Equal(["policy", "schema"], selected.Order(StringComparer.Ordinal));
        Assert.Equal(["nope"], unknown);
    }

    [Fact]
    public void The_rule_catalog_is_drawn_from_the_registry()
    {
        var rules = RuleCatalog.Of(BuiltInAnalyzers.Registry.Add(OwnerLabel));

        Assert.Contains(rules, r => r.Id == "TEST-OBJ-001");
        Assert.Contains(rules, r => r.Id == "RMP-K8S-001");
        Assert.DoesNotContain(RuleCatalog.All, r => r.Id == "TEST-OBJ-001");
    }
}
