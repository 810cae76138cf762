using Rampart.Schemas;
using Rampart.Testing;

namespace Rampart.Tests.Schemas;

/// <summary>
/// Agreement with kubectl-validate and kubeconform on their own fixtures, with the built-in schemas and with
/// Kubernetes 1.35's OpenAPI documents. Checks the schema section of docs/conformance.md.
/// </summary>
public sealed class SchemaConformanceTests
{
    /// <summary>
    /// The decidable rows that agree today, per suite and configuration. The gate sits at these counts, and every
    /// difference must have a reason in <see cref="KnownSchemaDifferences"/> (and every reason a difference), so a
    /// single row that stops agreeing fails; when more agree, raise the count and drop the reason.
    /// </summary>
    internal static readonly IReadOnlyDictionary<(string Suite, string Mode), int> AgreeingToday = new Dictionary<(string, string), int>
    {
        [("kubectl-validate", "built-in")] = 38,
        [("kubeconform", "built-in")] = 40,
        [("kubectl-validate", "--schemas 1.35")] = 35,
        [("kubeconform", "--schemas 1.35")] = 40,
    };

    [Fact]
    public void Schema_validation_keeps_every_agreement_with_kubectl_validate_and_kubeconform()
    {
        var results = Run();

        var differences = results.Where(r => r.Case.NotDecidable is null && !r.Agrees).Select(ConformanceReport.ReasonKey).ToHashSet(StringComparer.Ordinal);
        var unexplained = differences.Where(key => !KnownSchemaDifferences.Reasons.ContainsKey(key)).ToList();
        Assert.True(unexplained.Count == 0, "differences without a reason in KnownSchemaDifferences: " + string.Join(", ", unexplained));
        Assert.True(
            KnownSchemaDifferences.Reasons.Keys.All(differences.Contains),
            "reasons recorded for rows that now agree (remove them and raise the counts): "
            + string.Join(", ", KnownSchemaDifferences.Reasons.Keys.Where(key => !differences.Contains(key))));
        var groups = results.Where(r => r.Case.NotDecidable is null).GroupBy(r => (r.Case.Suite, r.Mode)).ToList();
        Assert.Equal(AgreeingToday.Keys.Order(), groups.Select(g => g.Key).Order());
        foreach (var group in groups)
        {
            var agree = group.Count(r => r.Agrees);
            Assert.True(agree >= AgreeingToday[group.Key], $"{group.Key.Suite} with {group.Key.Mode}: {agree} rows agree, fewer than the {AgreeingToday[group.Key]} that agreed before");
        }
    }

    [Fact]
    public void The_schema_section_of_the_conformance_page_shows_this_run()
    {
        var section = ConformanceReport.Section(Run(), KnownSchemaDifferences.Reasons);

        GoldenFiles.AssertSection(Path.Combine(RepositoryPaths.Root, "docs", "conformance.md"), ConformanceReport.Heading, section);
    }

    private static List<ConformanceResult> Run()
    {
        var kubectlValidate = RepositoryPaths.CorpusFolder("k8s/fixtures/kubectl-validate");
        var kubeconform = RepositoryPaths.CorpusFolder("k8s/fixtures/kubeconform");
        var openApi = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        var modes = new (string Name, SchemaOptions Options)[]
        {
            ("built-in", new SchemaOptions()),
            ("--schemas 1.35", new SchemaOptions { Sources = [openApi] }),
        };

        var results = new List<ConformanceResult>();
        foreach (var (name, options) in modes)
        {
            results.AddRange(SchemaConformance.KubectlValidateCases(kubectlValidate)
                .Select(c => name == "built-in" ? c : c with { NotDecidable = KnownSchemaDifferences.NeedsKubectlValidatePatch(c) })
                .Select(c => SchemaConformance.Run(c, kubectlValidate, options, name)));
            results.AddRange(SchemaConformance.KubeconformCases(kubeconform).Select(c => SchemaConformance.Run(c, kubeconform, options, name)));
        }

        return results;
    }
}
