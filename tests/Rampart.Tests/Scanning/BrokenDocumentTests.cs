using Rampart.Findings;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// A document that cannot be loaded holds the gate (it may have been an object), and the documents around it in
/// the same file are still checked, whether they share its 64 KB parse group or not.
/// </summary>
public sealed class BrokenDocumentTests
{
    private static readonly string Privileged = Scans.PrivilegedPod("before");

    private const string Broken = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: [broken\n";

    [Fact]
    public async Task A_valid_document_before_a_broken_one_in_the_same_parse_group_is_checked()
    {
        using var repo = new RepositoryBuilder().File("deploy/app.yaml", Privileged + Broken).Build();

        var report = await Scans.Run(repo);

        Assert.Equal(10, Assert.Single(report.Of("deploy/app.yaml", Scans.PrivilegedRule)).Location.Line);
        var broken = Assert.Single(report.Of("deploy/app.yaml", "RMP-LOAD-001"));
        Assert.Equal(Severity.High, broken.Severity);
        Assert.False(report.Gate.Passed);
    }

    [Fact]
    public async Task Valid_documents_before_and_after_a_broken_one_across_parse_groups_are_checked()
    {
        var filler = string.Concat(Enumerable.Range(0, 400).Select(i => $"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: filler-{i}\ndata:\n  text: \"{new string('x', 200)}\"\n"));
        using var repo = new RepositoryBuilder()
            .File("deploy/app.yaml", Privileged + filler + Broken + "---\n" + Scans.PrivilegedPod("after"))
            .Build();

        var report = await Scans.Run(repo);

        Assert.Equal(["before", "after"], report.Of("deploy/app.yaml", Scans.PrivilegedRule).Select(f => f.Resource?.Name));
        Assert.Single(report.Of("deploy/app.yaml", "RMP-LOAD-001"));
    }

    [Fact]
    public async Task A_pod_after_a_block_scalar_whose_lines_are_not_indented_is_checked()
    {
        using var repo = new RepositoryBuilder().File("deploy/app.yaml", "--- |\nnot indented\n---\n" + Scans.PrivilegedPod("after")).Build();

        var report = await Scans.Run(repo);

        Assert.Equal(13, Assert.Single(report.Of("deploy/app.yaml", Scans.PrivilegedRule)).Location.Line);
        Assert.Equal(1, Assert.Single(report.Of("deploy/app.yaml", "RMP-LOAD-001")).Location.Line);
    }

    [Fact]
    public async Task A_broken_yaml_file_that_shows_no_object_still_holds_the_gate()
    {
        using var repo = new RepositoryBuilder().File("deploy/app.yaml", "kind: Pod\nspec: [unclosed\n").Build();

        var report = await Scans.Run(repo);

        Assert.Equal(Severity.High, Assert.Single(report.Of("deploy/app.yaml", "RMP-LOAD-001")).Severity);
        Assert.False(report.Gate.Passed);
        Assert.Equal((0, 1), (report.Coverage.Manifests, report.Coverage.NotScanned));
    }
}
