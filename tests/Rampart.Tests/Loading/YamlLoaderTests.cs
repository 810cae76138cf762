using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class YamlLoaderTests
{
    [Fact]
    public void Scalars_know_their_line_and_column()
    {
        var docs = new YamlLoader().Load("a.yaml", "kind: Pod\nspec:\n  replicas: 3\n").ToList();

        var root = Assert.IsType<MappingNode>(Assert.Single(docs).Root);
        var spec = Assert.IsType<MappingNode>(root["spec"]);
        var replicas = Assert.IsType<ScalarNode>(spec["replicas"]);
        Assert.Equal(new Mark(3, 13), replicas.Start);
        Assert.Equal(ScalarKind.Int, replicas.Kind);
        Assert.Equal(3, replicas.Int);
    }

    [Fact]
    public void A_syntax_error_in_one_document_keeps_the_documents_before_it()
    {
        var docs = new YamlLoader().Load("b.yaml", "a: 1\n---\nb: [1, 2\n").ToList();

        Assert.Equal(2, docs.Count);
        Assert.NotNull(docs[0].Root);
        var problem = Assert.Single(docs[1].Problems);
        Assert.Equal("b.yaml", problem.Location.Path);
        Assert.True(problem.Location.Line >= 3, $"line {problem.Location.Line}");
    }
}
