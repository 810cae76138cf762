using System.Text.Json;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

/// <summary>The SBOM formats: valid against the CycloneDX 1.6 and SPDX 2.3 schemas of the corpus, and saying what the inventory holds.</summary>
public sealed class SbomReportTests
{
    private static string SchemaFolder => RepositoryPaths.CorpusFolder("ownership/schemas");

    private static string Render(IReportWriter writer, ScanReport report) => SampleReports.Render(writer, report, SampleReports.Options);

    private static Json.Schema.JsonSchema CycloneDxSchema()
    {
        // The 1.6 schema names its neighbours by $id: load them first so its $ref to spdx and jsf resolve.
        var folder = Path.Combine(SchemaFolder, "cyclonedx");
        var registry = new Json.Schema.SchemaRegistry();
        var options = new Json.Schema.BuildOptions { SchemaRegistry = registry };
        Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "spdx.schema.json")), options);
        Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "jsf-0.82.schema.json")), options);
        Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "cryptography-defs.schema.json")), options);
        return Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "bom-1.6.schema.json")), options);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CycloneDx_output_is_valid_against_the_1_6_schema(bool withPackages)
    {
        var report = withPackages ? SampleReports.Representative() : SampleReports.Empty();

        SchemaValidation.AssertValid(CycloneDxSchema(), Render(new CycloneDxReportWriter(), report));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Spdx_output_is_valid_against_the_2_3_schema(bool withPackages)
    {
        var report = withPackages ? SampleReports.Representative() : SampleReports.Empty();
        var schema = SchemaValidation.Load(Path.Combine(SchemaFolder, "spdx", "spdx-schema-2.3.json"));

        SchemaValidation.AssertValid(schema, Render(new SpdxJsonReportWriter(), report));
    }

    [Fact]
    public void The_cyclonedx_schema_as_loaded_rejects_an_unknown_scope()
    {
        var json = Render(new CycloneDxReportWriter(), SampleReports.Representative()).Replace("\"scope\": \"optional\"", "\"scope\": \"dev\"", StringComparison.Ordinal);

        Assert.False(SchemaValidation.Evaluate(CycloneDxSchema(), json).Valid);
    }

    [Fact]
    public void CycloneDx_lists_each_package_url_once_with_its_scope_and_every_place_it_is_declared()
    {
        using var document = JsonDocument.Parse(Render(new CycloneDxReportWriter(), SampleReports.Representative()));
        var components = document.RootElement.GetProperty("components").EnumerateArray().ToList();

        Assert.Equal(["pkg:npm/%40babel/core@7.23.0", "pkg:npm/jest@29.7.0", "pkg:npm/lodash@4.17.20", "pkg:pypi/flask@2.0.1"], components.Select(c => c.GetProperty("purl").GetString()));
        Assert.Equal(["optional", "optional", "required", "required"], components.Select(c => c.GetProperty("scope").GetString()));
        var lodash = components[2].GetProperty("evidence").GetProperty("occurrences").EnumerateArray()
            .Select(o => $"{o.GetProperty("location").GetString()}:{o.GetProperty("line").GetInt32()}");
        Assert.Equal(["apps/web/package-lock.json:12", "tools/package-lock.json:8"], lodash);
        var dependsOn = document.RootElement.GetProperty("dependencies")[0].GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString());
        Assert.Equal(["pkg:npm/jest@29.7.0", "pkg:npm/lodash@4.17.20", "pkg:pypi/flask@2.0.1"], dependsOn);
    }

    [Fact]
    public void Spdx_relates_the_target_to_its_direct_and_development_packages()
    {
        using var document = JsonDocument.Parse(Render(new SpdxJsonReportWriter(), SampleReports.Representative()));
        var names = document.RootElement.GetProperty("packages").EnumerateArray()
            .ToDictionary(p => p.GetProperty("SPDXID").GetString()!, p => p.GetProperty("name").GetString()!);
        var relations = document.RootElement.GetProperty("relationships").EnumerateArray()
            .Select(r => $"{names.GetValueOrDefault(r.GetProperty("spdxElementId").GetString()!, "doc")} {r.GetProperty("relationshipType").GetString()} {names[r.GetProperty("relatedSpdxElement").GetString()!]}")
            .ToList();

        Assert.Contains("examples/gitops-repo DEPENDS_ON lodash", relations);
        Assert.Contains("jest DEV_DEPENDENCY_OF examples/gitops-repo", relations);
        Assert.Contains("examples/gitops-repo CONTAINS @babel/core", relations);
        Assert.DoesNotContain("examples/gitops-repo DEPENDS_ON @babel/core", relations);
        Assert.Equal(4, relations.Count(r => r.Contains(" CONTAINS ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_document_identity_is_the_same_for_the_same_scan_and_differs_for_other_packages()
    {
        var report = SampleReports.Representative();
        var fewer = report with { Inventory = [.. report.Inventory.Take(1)] };

        Assert.Equal(Render(new SpdxJsonReportWriter(), report), Render(new SpdxJsonReportWriter(), report));
        Assert.NotEqual(Serial(report), Serial(fewer));

        string Serial(ScanReport r) => JsonDocument.Parse(Render(new CycloneDxReportWriter(), r)).RootElement.GetProperty("serialNumber").GetString()!;
    }
}
