using System.Text;
using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Secrets;

namespace Rampart.Tests.Secrets;

/// <summary>How the secret analyzer reads the files only it reads: into a pooled buffer, so memory does not follow the bytes read.</summary>
public sealed class SecretReadTests
{
    private static readonly SecretAnalyzer Analyzer = new(SecretScanner.Default, []);

    [Fact]
    public void Reading_a_file_allocates_the_same_whatever_its_size()
    {
        var small = AllocatedPerFile(8 * 1024);
        var large = AllocatedPerFile(256 * 1024);

        // A new array per file would take the file's size: 256 KB for each large file.
        Assert.True(large < small + 4 * 1024, $"{large} bytes per 256 KB file against {small} per 8 KB file");
    }

    [Fact]
    public void A_file_read_into_the_pooled_buffer_keeps_only_its_own_bytes()
    {
        // Both sizes take buffers of the same pool bucket (2 to 4 KB): the long file's token lies past the short file's end.
        var filler = string.Concat(Enumerable.Repeat("x = 1\n", 400));
        var longFile = Encoding.UTF8.GetBytes(filler + "GITHUB = \"" + SecretScans.GitHubToken + "\"\n" + filler[..600]);
        var shortFile = Encoding.UTF8.GetBytes(filler[..2100]);

        var first = Analyze("long.py", longFile);
        var second = Analyze("short.py", shortFile);

        Assert.Equal("RMP-SECRET-020", Assert.Single(first).RuleId);
        Assert.Empty(second);
    }

    private static long AllocatedPerFile(int size)
    {
        var line = "value = compute(first, second)  # ordinary code\n"u8.ToArray();
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
        {
            bytes[i] = line[i % line.Length];
        }

        const int Files = 50;
        Analyze("warm.py", bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Files; i++)
        {
            Analyze("src/app.py", bytes);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Files;
    }

    private static List<Finding> Analyze(string path, byte[] bytes)
    {
        var file = new DiscoveredFile(path, "/nowhere/" + path, bytes.Length, FileKind.Text);
        var findings = new List<Finding>();
        Analyzer.Analyze(new FileUnderReview(file, () => new MemoryStream(bytes, writable: false)), new AnalysisContext(ScanIndex.Empty, CancellationToken.None), findings);
        return findings;
    }
}
