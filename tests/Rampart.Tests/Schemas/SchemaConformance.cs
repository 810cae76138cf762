using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Schemas;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Schemas;

/// <summary>Runs the schema analyzer over the kubectl-validate and kubeconform fixtures of the shared corpus.</summary>
internal static class SchemaConformance
{
    public static List<ConformanceCase> KubectlValidateCases(string folder)
    {
        var crds = Directory.GetFiles(Path.Combine(folder, "testcases", "crds"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        return [.. Csv.Read(Path.Combine(folder, "expected.csv")).Select(row => new ConformanceCase(
            "kubectl-validate",
            "testcases/" + row["path"],
            int.Parse(row["doc_index"], System.Globalization.CultureInfo.InvariantCulture),
            row["check"],
            row["expected"] == "pass",
            row["causes(field:reason)"],
            Strict: true,
            crds,
            NotDecidable: null))];
    }

    public static List<ConformanceCase> KubeconformCases(string folder)
    {
        var cases = new List<ConformanceCase>();
        foreach (var row in Csv.Read(Path.Combine(folder, "expected.csv")))
        {
            if (row["expected"] is not ("pass" or "fail"))
            {
                continue; // schema files, CRD sources, unused fixtures, conversions
            }

            var check = row["check"];
            var crds = check.Contains("fixtures/registry", StringComparison.Ordinal)
                ? new[] { Path.Combine(folder, "fixtures", "registry", "sagemaker.aws.amazon.com_trainingjobs.yaml") }
                : [];
            cases.Add(new ConformanceCase("kubeconform", row["path"], null, check, row["expected"] == "pass", "",
                Strict: check.Contains("-strict", StringComparison.Ordinal), crds, NotDecidableByKubeconform(row)));
        }

        return cases;
    }

    /// <summary>Rows whose outcome comes from a kubeconform feature rather than from the manifest's validity.</summary>
    private static string? NotDecidableByKubeconform(Dictionary<string, string> row)
    {
        var check = row["check"];
        if (check.Contains("-skip", StringComparison.Ordinal) || check.Contains("-reject", StringComparison.Ordinal))
        {
            return "tests kubeconform's -skip/-reject kind filters";
        }

        if (check.Contains("--ignore-filename-pattern", StringComparison.Ordinal))
        {
            return "tests kubeconform's file-name filter";
        }

        if (check.Contains("openshift", StringComparison.Ordinal) || check.Contains("datreeio", StringComparison.Ordinal) || row["schemas"] == "local-schema")
        {
            return "needs a third-party JSON Schema registry (OpenShift, CRDs-catalog or a hand-written JSON Schema)";
        }

        if (row["schemas"] == "offline" && row["expected"] == "fail" && !check.Contains("-schema-location", StringComparison.Ordinal)
            && !check.Contains("-cache", StringComparison.Ordinal))
        {
            return "kubeconform fails only because it has no schemas offline; Rampart embeds them";
        }

        return null;
    }

    public static ConformanceResult Run(ConformanceCase c, string folder, SchemaOptions options, string mode)
    {
        var crdObjects = c.CrdFiles.SelectMany(f => TestObjects.ReadDocuments(f, File.ReadAllText(f)).SelectMany(d => d.Objects)).ToList();
        var documents = TestObjects.ReadDocuments(c.Path, File.ReadAllText(Path.Combine(folder, c.Path)));
        var all = documents.SelectMany(d => d.Objects).Concat(crdObjects).ToList();
        var setup = SchemaAnalyzerFactory.CreateAsync(options with { Strict = c.Strict }, all, cancellation: TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        Assert.Empty(setup.Errors);

        var findings = new List<Finding>();
        var context = new AnalysisContext(ScanIndex.Of(all), TestContext.Current.CancellationToken);
        foreach (var (index, objects, problems) in documents.Where(d => c.DocumentIndex is null || d.Index == c.DocumentIndex))
        {
            findings.AddRange(problems);
            foreach (var obj in objects)
            {
                setup.Analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, findings);
            }
        }

        var errors = findings.Where(f => f.Severity > Severity.Info).ToList();
        return new ConformanceResult(c, mode, errors.Count == 0, [.. errors.Select(Cause).Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>A finding in kubectl's <c>field:reason</c> form.</summary>
    private static string Cause(Finding finding)
    {
        var reason = finding.RuleId switch
        {
            SchemaRules.WrongType => "FieldValueTypeInvalid",
            SchemaRules.MissingRequired => "FieldValueRequired",
            SchemaRules.ValueNotAllowed => "FieldValueNotSupported",
            SchemaRules.DuplicateItem => "FieldValueDuplicate",
            SchemaRules.UnknownKind => "UnknownKind",
            var id when id.StartsWith("RMP-SCHEMA", StringComparison.Ordinal) => "FieldValueInvalid",
            var id => id,
        };
        return $"{finding.Location.FieldPath ?? "<nil>"}:{reason}";
    }
}
