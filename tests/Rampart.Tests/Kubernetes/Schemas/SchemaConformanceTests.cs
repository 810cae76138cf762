using Rampart.Kubernetes.Schemas;
using Rampart.Testing;

namespace Rampart.Tests.Kubernetes.Schemas;

/// <summary>
/// Agreement with kubectl-validate and kubeconform on their own fixtures, with the built-in schemas and with
/// Kubernetes 1.35's OpenAPI documents. Writes (or checks) the schema section of docs/conformance.md.
/// </summary>
public sealed class SchemaConformanceTests
{
    /// <summary>
    /// Lowest agreement accepted on decidable rows, per suite and configuration. The rows left are differences
    /// with a recorded reason (CEL rules, which schema validation does not run, and deliberate choices).
    /// </summary>
    private const double Threshold = 0.90;

    [Fact]
    public void Schema_validation_agrees_with_kubectl_validate_and_kubeconform()
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

        var section = ConformanceReport.Section(results, Threshold, KnownSchemaDifferences.Reasons);
        var docPath = Path.Combine(RepositoryPaths.Root, "docs", "conformance.md");
        var existing = File.Exists(docPath) ? File.ReadAllText(docPath) : null;
        if (Environment.GetEnvironmentVariable("RAMPART_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(docPath)!);
            File.WriteAllText(docPath, ConformanceReport.Merge(existing, section));
        }
        else
        {
            Assert.Equal(section, existing is null ? null : ConformanceReport.Extract(existing));
        }

        var unexplained = results.Where(r => r.Case.NotDecidable is null && !r.Agrees && !KnownSchemaDifferences.Reasons.ContainsKey(ConformanceReport.ReasonKey(r)));
        Assert.Empty(unexplained.Select(ConformanceReport.ReasonKey));
        foreach (var group in results.Where(r => r.Case.NotDecidable is null).GroupBy(r => (r.Case.Suite, r.Mode)))
        {
            var agreement = (double)group.Count(r => r.Agrees) / group.Count();
            Assert.True(agreement >= Threshold, $"{group.Key.Suite} with {group.Key.Mode}: {agreement:P1} agreement is below {Threshold:P0}");
        }
    }
}
