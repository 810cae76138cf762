using System.Text;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>Documents are parsed in groups; a broken document must never take the ones after it down.</summary>
public sealed class DocumentRecoveryTests
{
    [Fact]
    public void Several_broken_documents_are_each_reported_and_the_others_load()
    {
        const string yaml = """
            a: {
            ---
            b: 2
            ---
            c: : :
            ---
            d: 4
            """;
        var documents = Loaded.Documents(yaml);

        Assert.Equal(4, documents.Count);
        Assert.Equal([false, true, false, true], documents.Select(d => d.Root is not null));
        Assert.All([documents[0], documents[2]], d => Assert.Single(d.Problems));
        Assert.Equal(5, documents[2].Problems[0].Location.Line);
        Assert.Equal(new Mark(7, 1), documents[3].Root!.Start);
    }

    [Fact]
    public void An_unclosed_quote_stops_at_the_next_document_marker()
    {
        var documents = Loaded.Documents("a: \"never closed\n---\nb: 1\n");

        Assert.Equal(2, documents.Count);
        Assert.Equal(LoadRules.SyntaxError.Id, Assert.Single(documents[0].Problems).RuleId);
        Assert.Equal(1, documents[1].Root.Map()["b"].Scalar().Int);
    }

    [Theory]
    [InlineData("--- |\nnot indented\n---\nb: 1\n")]
    [InlineData("--- >-\n\nnot indented\n---\nb: 1\n")]
    [InlineData("--- |\nnot indented\n--- {\"a\": 1}\n---\nb: 1\n")]
    public void A_block_scalar_whose_lines_are_not_indented_ends_at_the_next_marker_and_is_reported(string yaml)
    {
        var documents = Loaded.Documents(yaml);

        var problem = Assert.Single(documents[0].Problems);
        Assert.Equal((LoadRules.SyntaxError.Id, 1), (problem.RuleId, problem.Location.Line));
        Assert.Null(documents[0].Root);
        Assert.Equal(1, documents[^1].Root.Map()["b"].Scalar().Int);
        Assert.All(documents.Skip(1), d => Assert.Empty(d.Problems));
    }

    [Fact]
    public void A_document_after_an_end_marker_with_a_crlf_break_keeps_its_line_after_a_broken_one()
    {
        var documents = Loaded.Documents("a: [\r\n...\r\nb: 2\r\n...\r\n---\r\nc: 3\r\n");

        Assert.Equal(new Mark(3, 1), documents[1].Root.Map().Entries[0].Key.Start);
        Assert.Equal(new Mark(6, 1), documents[2].Root.Map().Entries[0].Key.Start);
    }

    [Fact]
    public void A_document_after_an_end_marker_with_a_crlf_break_keeps_its_line_in_the_next_group()
    {
        var documents = Loaded.Documents("a: " + new string('x', 70_000) + "\r\n...\r\nb: 2\r\n");

        Assert.Equal(new Mark(3, 1), documents[1].Root.Map().Entries[0].Key.Start);
    }

    [Fact]
    public void Line_numbers_stay_exact_across_many_groups_of_documents()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            yaml.Append(i == 15_000 ? "broken: [\n---\n" : $"k{i}: {i}\n---\n");
        }

        var documents = Loaded.Documents(yaml.ToString());

        Assert.Equal(20_000, documents.Count(d => d.Root is not null || d.Problems.Count > 0));
        var broken = Assert.Single(documents, d => d.Problems.Count > 0);
        Assert.Equal(15_000, broken.Index);
        Assert.InRange(broken.Problems[0].Location.Line, 30_001, 30_002);
        Assert.Equal(new Mark(39_999, 1), documents[19_999].Root.Map().Entries[0].Key.Start);
        Assert.Equal(new Mark(30_003, 1), documents[15_001].Root.Map().Entries[0].Key.Start);
    }
}
