using Rampart.Dependencies;
using Rampart.Dependencies.Database;
using Rampart.Testing;
using Rampart.Tests.Dependencies.Database;

namespace Rampart.Tests.Dependencies.Scanning;

/// <summary>
/// The local database a scan opens for its vulnerability analyzer is closed when the scan is over, not held until the
/// process ends; one the caller opened and passed in stays the caller's.
/// </summary>
public sealed class DatabaseLifetimeTests
{
    /// <summary>The files this process has open, from <c>/proc/self/fd</c>.</summary>
    private static List<string> OpenFiles()
    {
        var files = new List<string>();
        foreach (var descriptor in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(descriptor).LinkTarget is { } target)
                {
                    files.Add(target);
                }
            }
            catch (IOException)
            {
                // Closed since it was listed.
            }
        }

        return files;
    }

    [Fact]
    public async Task The_database_a_scan_opens_is_closed_when_the_scan_is_over()
    {
        Assert.SkipUnless(Directory.Exists("/proc/self/fd"), "the open files of a process are listed in /proc/self/fd on Linux only");
        var cache = await VulnScans.ImportedCache();
        var path = AdvisoryDatabase.PathIn(cache);
        using var repo = new RepositoryBuilder().File("requirements.txt", "flask==0.12\n").Build();

        var outcome = await VulnScans.Outcome(repo, new VulnerabilityOptions { CacheDirectory = cache });

        Assert.Equal([VulnScans.FlaskId], outcome.Report!.Vulnerabilities().Select(f => f.Aliases[0]));
        Assert.DoesNotContain(path, OpenFiles());
    }

    [Fact]
    public async Task A_database_the_caller_passes_in_is_left_open_for_the_caller()
    {
        var cache = await VulnScans.ImportedCache();
        using var database = AdvisoryDatabase.Open(cache).Database!;
        using var repo = new RepositoryBuilder().File("requirements.txt", "flask==0.12\n").Build();

        await VulnScans.Outcome(repo, new VulnerabilityOptions { CacheDirectory = cache, Database = database });

        Assert.Equal([VulnScans.FlaskId], database.Match([new("PyPI", "flask", "0.12", 1)]).Select(m => m.Id));
    }
}
