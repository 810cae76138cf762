using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

/// <summary>JSON-Schema catalogs in the layouts kubeconform reads, written here one file per kind.</summary>
public sealed class CatalogSchemaTests : IDisposable
{
    private const string WidgetSchema = """
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "apiVersion": {"type": "string"},
            "kind": {"type": "string"},
            "metadata": {"type": "object"},
            "spec": {
              "type": "object",
              "additionalProperties": false,
              "required": ["size"],
              "properties": {
                "size": {"type": "integer", "minimum": 1},
                "color": {"type": ["string", "null"], "enum": ["red", "green", null]},
                "owner": {"$ref": "#/definitions/owner"}
              }
            }
          },
          "definitions": {
            "owner": {"type": "object", "additionalProperties": false, "properties": {"team": {"type": "string"}}}
          }
        }
        """;

    private readonly string root = Directory.CreateTempSubdirectory("rampart-catalog-").FullName;

    private static string Widget(string spec) => $"""
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
        {spec}
        """;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Group_folder_catalog_validates_a_valid_object_without_findings()
    {
        Write("example.com/widget_v1.json", WidgetSchema);

        var findings = SchemaAssert.Analyze(Widget("  size: 2\n  color: red\n  owner: {team: a}"), new SchemaOptions { Sources = [root] });

        Assert.Empty(findings);
    }

    [Fact]
    public void Group_folder_catalog_reports_each_violation_at_its_line()
    {
        Write("example.com/widget_v1.json", WidgetSchema);

        var findings = SchemaAssert.Analyze(Widget("  size: 0\n  color: blue\n  owner: {tema: a}"), new SchemaOptions { Sources = [root] });

        Assert.Equal(
            [(SchemaRules.OutOfRange, "spec.size", 6), (SchemaRules.ValueNotAllowed, "spec.color", 7), (SchemaRules.UnknownField, "spec.owner.tema", 8)],
            findings.Select(f => (f.RuleId, f.Location.FieldPath, f.Location.Line)));
    }

    [Fact]
    public void Flat_catalog_of_kind_and_version_files_is_read()
    {
        Write("widget_v1.json", WidgetSchema);

        var finding = SchemaAssert.Single(Widget("  color: red"), new SchemaOptions { Sources = [root] });

        Assert.Equal(SchemaRules.MissingRequired, finding.RuleId);
        Assert.Equal("spec.size", finding.Location.FieldPath);
    }

    [Fact]
    public void Schema_location_template_names_the_file_of_each_kind()
    {
        Write("schemas/v1.35.0/widget-example-v1.json", WidgetSchema);
        var template = Path.Combine(root, "schemas/{{ .NormalizedKubernetesVersion }}/{{ .ResourceKind }}{{ .KindSuffix }}.json");

        var finding = SchemaAssert.Single(Widget("  size: \"2\""), new SchemaOptions { Sources = [template], KubernetesVersion = "1.35" });

        Assert.Equal(SchemaRules.WrongType, finding.RuleId);
        Assert.Equal("spec.size", finding.Location.FieldPath);
    }

    [Fact]
    public void Kind_missing_from_the_catalog_has_no_schema_and_other_sources_still_apply()
    {
        Write("example.com/widget_v1.json", WidgetSchema);

        var findings = SchemaAssert.Analyze(
            "apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: 1}",
            new SchemaOptions { Sources = [root] });

        Assert.Equal([SchemaRules.NoSchema, SchemaRules.WrongType], findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Broken_catalog_file_is_named_in_the_missing_schema_finding()
    {
        Write("example.com/widget_v1.json", "{ not json");

        var finding = SchemaAssert.Single(Widget("  size: 2"), new SchemaOptions { Sources = [root] });

        Assert.Equal(SchemaRules.NoSchema, finding.RuleId);
        Assert.Contains("widget_v1.json", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_template_is_a_configuration_error()
    {
        var setup = await SchemaAnalyzerFactory.CreateAsync(
            new SchemaOptions { Sources = ["https://example.invalid/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json"] }, [],
            cancellation: TestContext.Current.CancellationToken);

        Assert.Contains(setup.Errors, e => e.ToString().Contains("local files", StringComparison.Ordinal));
    }
}
