using System.Text;
using Rampart.Discovery;
using Rampart.Testing;

namespace Rampart.Tests.Discovery;

/// <summary>
/// A walk that does not read heads (<see cref="DiscoveryOptions.SniffContent"/> off) leaves each file's content to its
/// first read (<see cref="FirstRead"/>), which must classify it as the walk that reads heads does.
/// </summary>
public sealed class FirstReadTests
{
    private static readonly DiscoveryOptions WithoutHeads = DiscoveryOptions.Default with { SniffContent = false };

    private static readonly byte[] BinaryYaml = [.. "apiVersion: v1\n"u8, 0, 1, 2, .. "kind: Pod\n"u8];

    // UTF-16 with its byte order mark: NUL bytes, yet text.
    private static readonly byte[] Utf16Yaml = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("apiVersion: v1\nkind: Pod\n")];

    // A chart manifest whose only {{ lies past the 64 KB head the walk reads.
    private static readonly string LateTemplate = string.Concat(Enumerable.Repeat("# padding line of a long template\n", 2_000)) + "metadata:\n  name: {{ .Release.Name }}\n";

    [Fact]
    public void A_walk_without_heads_classifies_by_name_and_leaves_content_to_the_first_read()
    {
        using var repo = new RepositoryBuilder()
            .File("data.yaml", BinaryYaml)
            .File("empty.yaml", "")
            .Build();

        var files = new RepositoryWalker(WithoutHeads).Walk(repo.Root, TestContext.Current.CancellationToken).OfType<DiscoveredFile>().ToDictionary(f => f.RelativePath);

        Assert.True(files["data.yaml"].ContentPending);
        Assert.Equal(FileKind.KubernetesManifest, files["data.yaml"].Kind);
        Assert.False(files["empty.yaml"].ContentPending);
    }

    [Theory]
    [InlineData("data.yaml", FileKind.Binary, FileFormat.Yaml)]
    [InlineData("image.png", FileKind.Binary, FileFormat.Unknown)]
    [InlineData("utf16.yaml", FileKind.KubernetesManifest, FileFormat.Yaml)]
    [InlineData("deploy", FileKind.KubernetesManifest, FileFormat.Yaml)]
    [InlineData("pod", FileKind.KubernetesManifest, FileFormat.Json)]
    [InlineData("notes", FileKind.Text, FileFormat.Unknown)]
    [InlineData("chart/templates/late.yaml", FileKind.HelmTemplate, FileFormat.Yaml)]
    [InlineData("chart/templates/plain.yaml", FileKind.KubernetesManifest, FileFormat.Yaml)]
    public void The_first_read_classifies_a_file_as_the_walk_that_reads_heads_does(string path, FileKind kind, FileFormat format)
    {
        using var repo = Repository();

        var walked = new RepositoryWalker().Walk(repo.Root, TestContext.Current.CancellationToken).OfType<DiscoveredFile>().Single(f => f.RelativePath == path);
        var pending = new RepositoryWalker(WithoutHeads).Walk(repo.Root, TestContext.Current.CancellationToken).OfType<DiscoveredFile>().Single(f => f.RelativePath == path);
        using var whole = FirstRead.Of(pending, WithoutHeads.SniffBytes, wholeBytes: 4 << 20);
        using var headOnly = FirstRead.Of(pending, WithoutHeads.SniffBytes, wholeBytes: 0);

        Assert.Equal((kind, format), (walked.Kind, walked.Format));
        Assert.Equal(walked, whole.Item);
        Assert.Equal(walked, headOnly.Item);
        Assert.Equal(File.ReadAllBytes(repo.PathOf(path)), whole.Content!.Value.ToArray());
        Assert.Null(headOnly.Content);
    }

    [Fact]
    public void A_file_gone_before_its_first_read_is_reported_as_the_walk_reports_an_unreadable_file()
    {
        using var repo = new RepositoryBuilder().File("gone.yaml", "a: 1\n").Build();
        var pending = new RepositoryWalker(WithoutHeads).Walk(repo.Root, TestContext.Current.CancellationToken).OfType<DiscoveredFile>().Single();
        File.Delete(repo.PathOf("gone.yaml"));

        using var first = FirstRead.Of(pending, WithoutHeads.SniffBytes, wholeBytes: 4 << 20);

        var problem = Assert.IsType<DiscoveryProblem>(first.Item);
        Assert.Equal(DiscoveryFindings.Unreadable.Id, problem.Finding.RuleId);
        Assert.Equal("gone.yaml", problem.Finding.Location.Path);
        Assert.StartsWith("not scanned: ", problem.Finding.Message, StringComparison.Ordinal);
        Assert.Null(first.Content);
    }

    private static TestRepository Repository() => new RepositoryBuilder()
        .File("data.yaml", BinaryYaml)
        .File("image.png", [0x89, .. "PNG\r\n"u8, 0x1A, 0, 0, 0])
        .File("utf16.yaml", Utf16Yaml)
        .File("deploy", "# deployed as is\napiVersion: v1\nkind: ConfigMap\n")
        .File("pod", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}\n")
        .File("notes", "remember the milk\n")
        .File("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n")
        .File("chart/templates/late.yaml", LateTemplate)
        .File("chart/templates/plain.yaml", "apiVersion: v1\nkind: ConfigMap\n")
        .Build();
}
