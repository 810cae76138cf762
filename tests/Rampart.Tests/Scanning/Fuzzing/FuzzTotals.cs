using Rampart.Reporting;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>What a fuzz run went through, so that it can show (and a test can require) that every outcome was reached.</summary>
internal sealed class FuzzTotals
{
    public int Repositories { get; private set; }
    public int Files { get; private set; }
    public int MutatedFiles { get; private set; }
    public int Mutations { get; private set; }
    public int ConfigRejected { get; private set; }
    public int Findings { get; private set; }
    public int Resources { get; private set; }
    public ScanCoverage Coverage { get; private set; } = ScanCoverage.None;

    /// <summary>Counts a repository whose configuration the command would refuse (exit 2).</summary>
    public void Refused() => ConfigRejected++;

    public void Add(FuzzRepository repo, ScanReport report)
    {
        Repositories++;
        Files += repo.Files.Count;
        MutatedFiles += repo.Files.Count(f => f.Applied.Length > 0);
        Mutations += repo.Files.Sum(f => f.Applied.Length == 0 ? 0 : f.Applied.Split("; ").Length);
        Findings += report.Findings.Count;
        Resources += report.ResourcesScanned;
        var c = report.Coverage;
        Coverage = new ScanCoverage(Coverage.Manifests + c.Manifests, Coverage.NotRendered + c.NotRendered, Coverage.WithoutObjects + c.WithoutObjects, Coverage.NotScanned + c.NotScanned);
    }

    public override string ToString() =>
        $"{Repositories} repositories, {Files} files ({MutatedFiles} mutated, {Mutations} mutations), {ConfigRejected} configurations refused, "
        + $"{Findings} findings on {Resources} resources, coverage {Coverage}";
}
