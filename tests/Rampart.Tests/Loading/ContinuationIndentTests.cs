using System.Text;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>
/// Double-quoted scalars and flow collections continued on lines indented less than YAML asks: Kubernetes' parser
/// reads them (as `kubectl kustomize` shows: "a long value continued under-indented"), so Rampart reads them the same way.
/// </summary>
public sealed class ContinuationIndentTests
{
    [Fact]
    public void A_continuation_line_indented_less_than_its_key_is_read_as_kubernetes_reads_it()
    {
        var root = (MappingNode)Loaded.Root("apiVersion: v1\nkind: ConfigMap\ndata:\n  key: \"a long value\n continued under-indented\"\n  next: x\n");

        var data = (MappingNode)root["data"]!;
        Assert.Equal("a long value continued under-indented", ((ScalarNode)data["key"]!).Text);
        Assert.Equal(6, data.Entries.Single(e => e.KeyText == "next").Key.Start.Line);
    }

    [Fact]
    public void Deeper_values_and_a_closing_quote_at_the_start_of_a_line_load_too()
    {
        var root = (MappingNode)Loaded.Root("metadata:\n  annotations:\n    a: \"first line\n  second line\n\"\n    b: \"one\ntwo\"\n");

        var annotations = (MappingNode)((MappingNode)root["metadata"]!)["annotations"]!;
        Assert.Equal("first line second line ", ((ScalarNode)annotations["a"]!).Text);
        Assert.Equal("one two", ((ScalarNode)annotations["b"]!).Text);
    }

    [Fact]
    public void A_flow_mapping_continued_no_deeper_than_its_key_is_read_as_kubernetes_reads_it()
    {
        var root = (MappingNode)Loaded.Root("spec:\n  limits: {cpu: 100m,\n  memory: \"128Mi\", # the cap\n  x: [1, {z: 2}]}\n  after: 1\n");

        var spec = (MappingNode)root["spec"]!;
        var limits = (MappingNode)spec["limits"]!;
        Assert.Equal(["cpu", "memory", "x"], limits.Entries.Select(e => e.KeyText));
        Assert.Equal("128Mi", ((ScalarNode)limits["memory"]!).Text);
        Assert.Equal(5, spec.Entries.Single(e => e.KeyText == "after").Key.Start.Line);
    }

    [Fact]
    public void A_flow_sequence_continued_at_the_left_margin_loads()
    {
        var root = (MappingNode)Loaded.Root("a:\n  l: [1,\n2, 'it''s]']\n");

        var list = (SequenceNode)((MappingNode)root["a"]!)["l"]!;
        Assert.Equal(["1", "2", "it's]"], list.Items.Select(i => ((ScalarNode)i).Text));
    }

    [Fact]
    public void Positions_on_an_indented_line_are_those_of_the_line_as_written()
    {
        var root = (MappingNode)Loaded.Root("a:\n  l: [1,\n2, {k: v}]\n  s: \"x\ny\"\n");

        var list = (SequenceNode)((MappingNode)root["a"]!)["l"]!;
        var inner = (MappingNode)list.Items[2];
        Assert.Equal(new Mark(3, 5), inner.Entries[0].Key.Start);
        Assert.Equal(new Mark(3, 4), inner.Start);
    }

    [Fact]
    public void An_error_after_a_repair_is_placed_on_the_line_as_written()
    {
        var problem = Assert.Single(Loaded.Problems("a:\n  s: \"x\ny\" z: [\n"));

        Assert.Equal(LoadRules.SyntaxError.Id, problem.RuleId);
        Assert.True(problem.Location.Column <= "y\" z: [".Length + 1, $"column {problem.Location.Column}");
    }

    [Fact]
    public void A_flow_collection_that_never_closes_is_still_reported()
    {
        Assert.NotEmpty(Loaded.Problems("spec:\n  limits: {cpu: 100m,\n  memory: 128Mi\n"));
    }

    [Fact]
    public void A_quoted_scalar_that_runs_into_a_document_marker_is_still_an_error()
    {
        var documents = Loaded.Documents("a: \"open\n---\nb: 1\n");

        Assert.Contains(documents.SelectMany(d => d.Problems), p => p.RuleId == LoadRules.SyntaxError.Id);
    }

    [Fact]
    public void Many_repairs_in_a_small_document_are_all_made()
    {
        var documents = Loaded.Documents(UnderIndented(40, padding: 0));

        Assert.Empty(documents.SelectMany(d => d.Problems));
        Assert.Equal(41, ((MappingNode)((MappingNode)documents[0].Root!)["a"]!).Entries.Count);
    }

    [Fact]
    public void Repairs_stop_at_a_budget_in_a_large_document_and_the_rest_is_a_syntax_error()
    {
        // 300 KB: each repair parses it again, so only 16 are made (4 MiB of parsing at most).
        var documents = Loaded.Documents(UnderIndented(40, padding: 300_000));

        Assert.Equal(LoadRules.SyntaxError.Id, Assert.Single(documents.SelectMany(d => d.Problems)).RuleId);
    }

    private static string UnderIndented(int scalars, int padding)
    {
        var text = new StringBuilder("a:\n  pad: ").Append('x', padding).Append('\n');
        for (var i = 0; i < scalars; i++)
        {
            text.Append("  k").Append(i).Append(": \"x\ny\"\n");
        }

        return text.ToString();
    }
}
