using Rampart.Loading;
using Rampart.Testing;

namespace Rampart.Tests.Loading;

/// <summary>
/// Every YAML and JSON fixture of the peer tools (kubeconform, kubectl-validate, Polaris, Trivy, kube-score,
/// kube-linter, Checkov, pod-security-admission) was read by the tool it came from; Rampart must read them too.
/// </summary>
public sealed class CorpusLoadingTests
{
    /// <summary>The YAML and JSON fixture files of the corpus today: a walk that finds fewer has lost some.</summary>
    private const int FixtureFilesToday = 1_334;

    [Fact]
    public void Every_peer_fixture_loads_without_syntax_errors_or_parser_failures()
    {
        var root = RepositoryPaths.CorpusFolder("k8s/fixtures");
        var loader = new YamlLoader();
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (Path.GetExtension(file) is not (".yaml" or ".yml" or ".json"))
            {
                continue;
            }

            files++;
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            foreach (var document in loader.LoadFile(relative, file))
            {
                if (document.Problems.Any(p => p.RuleId == LoadRules.SyntaxError.Id || p.RuleId == LoadRules.ParserFailure.Id))
                {
                    broken.Add(relative);
                }
            }
        }

        Assert.True(files >= FixtureFilesToday, $"{files} fixture files found, fewer than the {FixtureFilesToday} read before");
        Assert.Empty(broken);
    }
}
