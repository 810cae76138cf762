using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>JSON loads through the same path, as YAML flow syntax.</summary>
public sealed class JsonLoadingTests
{
    [Fact]
    public void Minified_json_with_escaped_slashes_loads_with_positions()
    {
        var root = Loaded.Root("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\\/b\"}}").Map();

        var name = root["metadata"].Map()["name"].Scalar();
        Assert.Equal("a/b", name.Text);
        Assert.Equal(ScalarStyle.DoubleQuoted, name.Style);
        Assert.Equal(new Mark(1, 52), name.Start);
    }

    [Fact]
    public void Json_indented_with_tabs_loads()
    {
        var root = Loaded.Root("{\n\t\"a\": [\n\t\t1,\n\t\t2\n\t]\n}\n").Map();

        Assert.Equal(new Mark(4, 3), root["a"].Seq()[1].Start);
    }

    [Fact]
    public void Json_numbers_keep_their_json_meaning()
    {
        var document = Assert.Single(Loaded.Documents("{\"int\": -12, \"big\": 123456789012345678901234567890, \"float\": 1.5e-3, \"zero\": -0}"));
        var root = document.Root.Map();

        Assert.Equal(-12, root["int"].Scalar().Int);
        Assert.Equal(ScalarKind.Float, root["big"].Scalar().Kind);
        Assert.Equal(1.2345678901234568E+29, root["big"].Scalar().Float);
        Assert.Equal(0.0015, root["float"].Scalar().Float);
        Assert.Equal(0, root["zero"].Scalar().Int);
        Assert.Empty(document.Problems);
    }

    [Theory]
    [InlineData("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"data\": {\"on\": \"0644\", \"yes\": \"1e3\"}}")]
    [InlineData("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"spec\": {\"mode\": 0644, \"size\": 1e3, \"flag\": on}}")]
    [InlineData("\n  {\"a\": 1_000}\n")]
    public void A_json_file_never_gets_yaml_1_1_ambiguity_findings(string json)
    {
        Assert.DoesNotContain(Loaded.Problems(json), p => p.RuleId == LoadRules.AmbiguousValue.Id);
        Assert.DoesNotContain(Loaded.Utf8(json).SelectMany(d => d.Problems), p => p.RuleId == LoadRules.AmbiguousValue.Id);
    }

    [Fact]
    public void A_byte_order_mark_before_the_brace_makes_it_yaml_as_for_kubernetes()
    {
        const string Text = "\uFEFF{\"mode\": 0644}";

        Assert.Single(Loaded.Problems(Text), p => p.RuleId == LoadRules.AmbiguousValue.Id);
        Assert.Single(Loaded.Utf8(Text).SelectMany(d => d.Problems), p => p.RuleId == LoadRules.AmbiguousValue.Id);
    }

    [Fact]
    public void The_same_values_in_yaml_flow_style_after_a_document_marker_are_still_ambiguous()
    {
        var problems = Loaded.Problems("--- {mode: 0644, size: 1e3, flag: on}\n");

        Assert.Equal(3, problems.Count(p => p.RuleId == LoadRules.AmbiguousValue.Id));
    }

    [Fact]
    public void Json_escapes_are_decoded()
    {
        var root = Loaded.Root("{\"s\": \"tab\\tquote\\\"unicode\\u00e9\"}").Map();

        Assert.Equal("tab\tquote\"unicodeé", root["s"].Scalar().Text);
    }

    [Fact]
    public void Deep_json_arrays_stop_at_the_depth_limit()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        Assert.Equal(LoadRules.TooDeep.Id, Assert.Single(Loaded.Problems(json)).RuleId);
    }

    [Fact]
    public void A_json_list_of_objects_loads_every_item()
    {
        var items = string.Join(",", Enumerable.Range(0, 1000).Select(i => $"{{\"kind\":\"ConfigMap\",\"n\":{i}}}"));

        var root = Loaded.Root($"{{\"kind\":\"List\",\"items\":[{items}]}}").Map();

        Assert.Equal(1000, root["items"].Seq().Count);
    }
}
