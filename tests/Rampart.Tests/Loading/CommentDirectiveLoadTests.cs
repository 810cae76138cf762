using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>The loader keeps the comments addressed to Rampart, per document, with their line, and nothing else.</summary>
public sealed class CommentDirectiveLoadTests
{
    private static List<LoadedDocument> Load(string yaml, bool origins = false) => [.. new YamlLoader { RecordOrigins = origins }.Load("a.yaml", yaml)];

    [Fact]
    public void A_comment_on_its_own_line_and_a_trailing_one_are_kept_with_their_line_and_column()
    {
        var document = Assert.Single(Load("""
            # rampart:ignore RMP-K8S-004 lab cluster
            apiVersion: v1
            kind: Pod
            spec:
              hostNetwork: true   # rampart:ignore RMP-K8S-001 needs the node's network
              # an ordinary comment
            """));

        Assert.Equal(
            [("ignore RMP-K8S-004 lab cluster", 1, 1), ("ignore RMP-K8S-001 needs the node's network", 5, 23)],
            document.Directives.Select(d => (d.Text, d.At.Line, d.At.Column)));
    }

    [Fact]
    public void Each_document_of_a_file_keeps_only_its_own_comments()
    {
        var documents = Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            ---
            # rampart:ignore RMP-K8S-004 b only
            apiVersion: v1
            kind: Pod
            metadata: {name: b}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: c}
            """);

        Assert.Equal([0, 1, 0], documents.Select(d => d.Directives.Count));
        Assert.Equal((5, 4, 8), (documents[1].Directives[0].At.Line, documents[1].Directives[0].DocumentLine, documents[1].Directives[0].DocumentEndLine));
    }

    [Theory]
    [InlineData("data:\n  note: \"x # rampart:ignore RMP-K8S-004 quoted\"\n")]
    [InlineData("data:\n  script: |\n    # rampart:ignore RMP-K8S-004 inside a block scalar\n    echo hi\n")]
    [InlineData("data:\n  url: http://x#rampart:ignore\n")]
    public void A_hash_inside_a_scalar_is_text_not_a_directive(string data)
    {
        var document = Assert.Single(Load("apiVersion: v1\nkind: ConfigMap\n" + data));

        Assert.NotNull(document.Root);
        Assert.Empty(document.Directives);
    }

    [Fact]
    public void Trees_loaded_for_rendering_keep_the_directives_on_their_origin()
    {
        var documents = Load("apiVersion: v1\nkind: Pod\n---\napiVersion: v1 # rampart:ignore * reason\nkind: Pod\n", origins: true);

        var origin = documents[1].Root!.Origin!;
        var directive = Assert.Single(origin.Directives);
        Assert.True(directive.InDocument(documents[1].Root!.Start.Line));
        Assert.False(directive.InDocument(documents[0].Root!.Start.Line));
    }
}
