using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class TreeReaderTests
{
    private const string Yaml = """
        spec:
          empty:
          names: [a, b]
          enabled: yes
          count: 3
          nested: {x: 1}
        """;

    [Fact]
    public void A_value_of_the_wrong_shape_is_reported_at_its_line_and_column()
    {
        var (reader, reports, spec) = Read();

        Assert.Null(reader.Mapping(reader.Field(spec, "names", "spec.names"), "spec.names"));
        Assert.Null(reader.Sequence(spec["nested"], "spec.nested"));
        Assert.Null(reader.Bool(spec["count"], "spec.count"));

        Assert.Equal(
            ["3:10 spec.names must be a mapping", "6:11 spec.nested must be a list", "5:10 spec.count must be true or false"],
            reports);
    }

    [Fact]
    public void A_field_without_a_value_is_absent_and_reported_at_its_parent_only_when_required()
    {
        var (reader, reports, spec) = Read();

        Assert.Null(reader.Field(spec, "empty", "spec.empty"));
        Assert.Null(reader.Field(spec, "missing", "spec.missing"));
        Assert.Empty(reports);

        Assert.Null(reader.Field(spec, "empty", "spec.empty", required: true));
        Assert.Equal(["2:3 spec.empty is required"], reports);
    }

    [Fact]
    public void Scalars_read_as_text_whatever_their_kind()
    {
        var (reader, reports, spec) = Read();

        Assert.Equal("3", reader.String(spec["count"], "spec.count"));
        Assert.Equal(true, reader.Bool(spec["enabled"], "spec.enabled"));
        Assert.Null(reader.String(spec["empty"], "spec.empty"));
        Assert.Equal(["a", "b"], reader.Sequence(spec["names"], "spec.names")!.Items.Select(n => reader.String(n, "name")));
        Assert.Empty(reports);
    }

    [Fact]
    public void Unknown_keys_are_the_entries_not_listed()
    {
        var (_, _, spec) = Read();

        Assert.Equal(["names", "nested"], TreeReader.UnknownKeys(spec, ["empty", "enabled", "count"]).Select(e => e.KeyText));
    }

    private static (TreeReader Reader, List<string> Reports, MappingNode Spec) Read()
    {
        var root = (MappingNode)new YamlLoader().Load("test.yaml", Yaml).Single().Root!;
        var reports = new List<string>();
        var reader = new TreeReader((node, message) => reports.Add($"{node.Start.Line}:{node.Start.Column} {message}"));
        return (reader, reports, (MappingNode)root["spec"]!);
    }
}
