using Rampart.Tests.Testing;
using System.Text;
using System.Text.RegularExpressions;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Testing;

namespace Rampart.Tests.Kubernetes;

/// <summary>
/// kubeconform's acceptance fixtures state how many resources it finds in a file, and which files it rejects
/// for a missing kind or apiVersion or (in strict mode) a duplicate key; loading and object reading agree.
/// </summary>
public sealed partial class ObjectReaderConformanceTests
{
    public static TheoryData<string, int> ResourceCounts()
    {
        var data = new TheoryData<string, int>();
        var csv = Path.Combine(RepositoryPaths.Corpus ?? "", "k8s", "fixtures", "kubeconform", "expected.csv");
        if (!File.Exists(csv))
        {
            data.Add("(corpus missing)", -1);
            return data;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Csv.Parse(File.ReadAllText(csv)).Skip(1))
        {
            var summary = Summary().Match(row[4]);
            if (summary.Success && !row[1].Contains("ignore-filename-pattern", StringComparison.Ordinal) && seen.Add(row[0]))
            {
                data.Add(row[0], int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceCounts))]
    public void The_resource_count_matches_kubeconform(string file, int resources)
    {
        RepositoryPaths.CorpusFolder("k8s/fixtures/kubeconform/expected.csv");
        var path = Path.Combine(RepositoryPaths.CorpusFolder("k8s/fixtures/kubeconform"), file);

        var (objects, problems) = ReadFile(path);

        Assert.Empty(problems);
        Assert.Equal(resources, objects.Count);
    }

    [Theory]
    [InlineData("fixtures/missing_kind.yaml", "kind")]
    [InlineData("fixtures/missing_kind_value.yaml", "kind")]
    [InlineData("fixtures/missing_apiversion.yaml", "apiVersion")]
    public void Documents_kubeconform_rejects_for_a_missing_key_are_not_objects(string file, string key)
    {
        var path = Path.Combine(RepositoryPaths.CorpusFolder("k8s/fixtures/kubeconform"), file);

        var (objects, problems) = ReadFile(path);

        Assert.Empty(objects);
        var problem = Assert.Single(problems);
        Assert.Equal(LoadRules.NotAnObject.Id, problem.RuleId);
        Assert.Contains($"no {key}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_duplicate_property_kubeconform_rejects_in_strict_mode_is_a_duplicate_key()
    {
        var path = Path.Combine(RepositoryPaths.CorpusFolder("k8s/fixtures/kubeconform"), "fixtures/duplicate_property.yaml");

        var (objects, problems) = ReadFile(path);

        Assert.Single(objects);
        var problem = Assert.Single(problems);
        Assert.Equal(LoadRules.DuplicateKey.Id, problem.RuleId);
        Assert.Contains("'containers'", problem.Message, StringComparison.Ordinal);
    }

    private static (List<KubernetesObject> Objects, List<Rampart.Findings.Finding> Problems) ReadFile(string path)
    {
        var objects = new List<KubernetesObject>();
        var problems = new List<Rampart.Findings.Finding>();
        foreach (var document in new YamlLoader().LoadFile(Path.GetFileName(path), path))
        {
            problems.AddRange(document.Problems);
            ObjectReader.Read(document, isManifest: true, objects, problems);
        }

        return (objects, problems);
    }

    [GeneratedRegex(@"Summary: (\d+) resources? found in 1 file")]
    private static partial System.Text.RegularExpressions.Regex Summary();
}
