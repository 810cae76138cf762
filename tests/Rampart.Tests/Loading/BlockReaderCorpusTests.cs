using System.Text;
using Rampart.Loading;
using Rampart.Testing;

namespace Rampart.Tests.Loading;

/// <summary>
/// Every YAML file of the repository (tests, examples, built-in policies, deployment files) and of the corpus
/// (Kustomize cases, Helm charts and their rendered goldens, Kubernetes fixtures, secrets and vulnerability files)
/// loads the same with the block reader as with the full parser alone.
/// </summary>
public sealed class BlockReaderCorpusTests
{
    /// <summary>Documents the block reader took from the corpus today: a change that takes fewer has lost some.</summary>
    private const int CorpusBlockPartsToday = 6_206;

    [Fact]
    public void Repository_files_load_the_same_with_both_readers()
    {
        var counts = Compare(RepositoryPaths.Root, skip: ["bin", "obj", ".git", "node_modules"]);
        Assert.True(counts.Block > 0, "no document of the repository took the block reader");
    }

    [Fact]
    public void Corpus_files_load_the_same_with_both_readers()
    {
        var total = new ReaderCounts();
        foreach (var folder in new[] { "kustomize", "helm", "k8s", "secrets", "vuln", "ownership", "admission" })
        {
            var counts = Compare(RepositoryPaths.CorpusFolder(folder), skip: []);
            total.Count(fast: true, counts.Block);
            total.Count(fast: false, counts.Full);
        }

        Assert.True(total.Block >= CorpusBlockPartsToday, $"the block reader took {total.Block} parts, fewer than the {CorpusBlockPartsToday} it took before");
    }

    private static ReaderCounts Compare(string root, string[] skip)
    {
        var counts = new ReaderCounts();
        var failures = new List<string>();
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (skip.Any(s => relative.StartsWith(s + "/", StringComparison.Ordinal) || relative.Contains("/" + s + "/", StringComparison.Ordinal))
                || Path.GetExtension(file) is not (".yaml" or ".yml" or ".txt"))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            if (Path.GetExtension(file) == ".txt" && !LooksLikeYaml(bytes))
            {
                continue;
            }

            files++;
            if (ReaderComparison.DifferenceOfBytes(relative, bytes, counts) is { } difference)
            {
                failures.Add($"{relative}: {difference}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{root}: {files} files; block reader {counts.Block} parts, full parser {counts.Full}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)) + $"\n({failures.Count} files differ)");
        return counts;
    }

    /// <summary>Text files that hold manifests (the rendered goldens of Helm and Kustomize cases).</summary>
    private static bool LooksLikeYaml(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).Contains("apiVersion:", StringComparison.Ordinal);
}
