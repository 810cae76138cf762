using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class DocumentTests
{
    [Fact]
    public void Scalars_know_their_line_and_column()
    {
        var spec = Loaded.Root("kind: Pod\nspec:\n  replicas: 3\n").Map()["spec"].Map();

        var replicas = spec["replicas"].Scalar();
        Assert.Equal(new Mark(3, 13), replicas.Start);
        Assert.Equal(3, replicas.Int);
    }

    [Fact]
    public void A_syntax_error_in_one_document_keeps_the_documents_before_and_after_it()
    {
        const string yaml = """
            a: 1
            ---
            b: [1, 2
            c: 3
            ---
            d: 4
            """;
        var documents = Loaded.Documents(yaml);

        Assert.Equal(3, documents.Count);
        Assert.Equal(1, documents[0].Root.Map()["a"].Scalar().Int);
        // YamlDotNet fails on the unclosed flow sequence with an internal error: reported after the last good token.
        var problem = Assert.Single(documents[1].Problems);
        Assert.Equal(LoadRules.ParserFailure.Id, problem.RuleId);
        Assert.Equal(Loaded.Path, problem.Location.Path);
        Assert.Equal((3, 6), problem.At());
        Assert.Null(documents[1].Root);
        Assert.Equal(4, documents[2].Root.Map()["d"].Scalar().Int);
        Assert.Equal(new Mark(6, 4), documents[2].Root.Map()["d"].Scalar().Start);
        Assert.Equal([0, 1, 2], documents.Select(d => d.Index));
    }

    [Fact]
    public void A_syntax_error_names_the_exact_line_and_column()
    {
        var problem = Loaded.Problem("---\nok: 1\n---\nmetadata:\n  name: x\n   bad: y\n", LoadRules.SyntaxError);

        Assert.Equal((6, 7), problem.At());
    }

    [Theory]
    [InlineData("a: {b: c", 1, 9)]
    [InlineData("a: {b: c\n", 1, 9)]
    [InlineData("a: 1\nb: {c: [\n\n  \n", 2, 9)]
    [InlineData("a: 1\r\nb: [c\r\n", 2, 6)]
    [InlineData("a: 1\u2028b: [c\u2028", 2, 6)]
    [InlineData("a: 1\n---\nb: {c: d\n", 3, 9)]
    public void A_document_cut_short_is_reported_at_the_end_of_its_last_line_not_past_the_end_of_the_file(string yaml, int line, int column)
    {
        var problem = Loaded.Problem(yaml, LoadRules.SyntaxError);

        Assert.Equal((line, column), problem.At());
    }

    [Fact]
    public void Document_end_markers_and_directives_split_documents()
    {
        const string yaml = """
            # leading comment
            a: 1
            ...
            %YAML 1.1
            ---
            b: 2
            """;
        var documents = Loaded.Documents(yaml);

        Assert.Equal(2, documents.Count);
        Assert.Empty(documents.SelectMany(d => d.Problems));
        Assert.Equal(new Mark(6, 1), documents[1].Root!.Start);
        Assert.Equal(new Mark(4, 1), documents[1].Start);
    }

    [Fact]
    public void A_marker_inside_a_block_scalar_ends_the_document_as_yaml_requires()
    {
        var documents = Loaded.Documents("script: |\n  echo hi\n---\nnext: 1\n");

        Assert.Equal(2, documents.Count);
        Assert.Equal("echo hi\n", documents[0].Root.Map()["script"].Scalar().Text);
        Assert.Equal(new Mark(4, 1), documents[1].Root!.Start);
    }

    [Fact]
    public void Lines_are_counted_with_every_yaml_line_break()
    {
        var documents = Loaded.Documents("a: 1\r\nb: 2\rc: 3\u0085d: 4\u2028---\ne: 5\n");

        Assert.Equal(new Mark(4, 4), documents[0].Root.Map()["d"].Scalar().Start);
        Assert.Equal(new Mark(6, 4), documents[1].Root.Map()["e"].Scalar().Start);
    }

    [Fact]
    public void Empty_and_comment_only_documents_have_no_root_and_no_problem()
    {
        var documents = Loaded.Documents("# only a comment\n---\n---\n# another\n...\n");

        Assert.All(documents, d => Assert.Null(d.Root));
        Assert.Empty(documents.SelectMany(d => d.Problems));
        Assert.Empty(Loaded.Documents("# nothing here\n\n"));
        Assert.Empty(Loaded.Documents(""));
    }

    [Fact]
    public void Dashes_that_are_no_marker_do_not_split()
    {
        var root = Loaded.Root("a: |\n  ---x\nb: ----\nc:\n- ---\n").Map();

        Assert.Equal("---x\n", root["a"].Scalar().Text);
        Assert.Equal("----", root["b"].Scalar().Text);
        Assert.Equal("---", root["c"].Seq()[0].Scalar().Text);
    }

    [Fact]
    public void Stream_and_text_loading_agree()
    {
        const string yaml = "a: 1\n---\nb: [x, y]\n---\n{\"c\": true}\n";

        var fromText = Loaded.Documents(yaml);
        var fromStream = Loaded.Utf8(yaml);

        Assert.Equal(fromText.Select(d => d.Root!.Start), fromStream.Select(d => d.Root!.Start));
        Assert.Equal(3, fromStream.Count);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var documents = Loaded.Bytes([0xEF, 0xBB, 0xBF, .. "a: 1\n"u8]);

        Assert.Equal(new Mark(1, 1), Assert.Single(documents).Root.Map().Entries[0].Key.Start);
    }

    [Fact]
    public void Files_load_from_disk_and_a_missing_file_is_a_finding()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rampart-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "kind: Pod\n");
        try
        {
            var document = Assert.Single(new YamlLoader().LoadFile("pod.yaml", file));
            Assert.Equal("Pod", document.Root.Map()["kind"].Scalar().Text);
        }
        finally
        {
            File.Delete(file);
        }

        var missing = Assert.Single(new YamlLoader().LoadFile("gone.yaml", file));
        Assert.Equal("gone.yaml", Assert.Single(missing.Problems).Location.Path);
    }
}
