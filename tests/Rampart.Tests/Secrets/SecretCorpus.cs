using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Secrets;

namespace Rampart.Tests.Secrets;

/// <summary>Runs the secret analyzer over one file of the corpus, as a scan would hand it over.</summary>
internal static class SecretCorpus
{
    private static readonly SecretAnalyzer Analyzer = new(SecretScanner.Default, []);

    public static List<Finding> Scan(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var file = new DiscoveredFile(relative, fullPath, new FileInfo(fullPath).Length, Kind(relative));
        var findings = new List<Finding>();
        Analyzer.Analyze(new FileUnderReview(file, () => File.OpenRead(fullPath)), new AnalysisContext(ScanIndex.Empty, CancellationToken.None), findings);
        return findings;
    }

    /// <summary>Share of <paramref name="part"/> in <paramref name="whole"/>, as a percentage with one decimal.</summary>
    public static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static FileKind Kind(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal)
            ? FileKind.KubernetesManifest
            : FileKind.Text;
}
