using System.Text;
using BenchmarkDotNet.Attributes;
using Rampart.Discovery;

namespace Rampart.Benchmarks;

/// <summary>
/// Walks and classifies a generated GitOps tree of 2,400 files (about 38 MB of Deployments, Services and
/// ConfigMaps in 120 folders, with .gitignore files), the size of the speed target.
/// </summary>
[MemoryDiagnoser]
public class DiscoveryBenchmarks
{
    private string root = "";

    [GlobalSetup]
    public void Setup()
    {
        root = Directory.CreateTempSubdirectory("rampart-bench-walk-").FullName;
        File.WriteAllText(Path.Combine(root, ".gitignore"), "*.tmp\nbuild/\n!keep.tmp\n/local/\n**/cache/**\n");
        var document = Document();
        for (var folder = 0; folder < 120; folder++)
        {
            var dir = Path.Combine(root, "apps", $"team{folder % 12}", $"service{folder}");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, ".gitignore"), "*.bak\n");
            for (var file = 0; file < 20; file++)
            {
                File.WriteAllText(Path.Combine(dir, $"manifest{file}.yaml"), document);
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    [Benchmark]
    public int WalkAndClassify()
    {
        var count = 0;
        foreach (var item in new RepositoryWalker().Walk(root))
        {
            if (item is DiscoveredFile { Kind: FileKind.KubernetesManifest })
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>About 16 KB: a Deployment, a Service and a ConfigMap per file, repeated.</summary>
    private static string Document()
    {
        var text = new StringBuilder();
        while (text.Length < 16_000)
        {
            text.Append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 2\n")
                .Append("  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n")
                .Append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n")
                .Append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  key: value\n");
        }

        return text.ToString();
    }
}
