namespace Rampart.Testing;

/// <summary>
/// Locates the repository root and the shared corpus of other projects' test data (<c>../shared/corpus</c>
/// beside the repository). Tests that read the corpus skip with a reason when it is missing.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The corpus folder, or null when this checkout has none beside it.</summary>
    public static string? Corpus
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("RAMPART_CORPUS");
            var path = string.IsNullOrEmpty(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"))
                : fromEnvironment;
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A folder of the corpus; skips the calling test when the corpus is not there.</summary>
    public static string CorpusFolder(string relative)
    {
        var corpus = Corpus;
        Assert.SkipWhen(corpus is null, "the shared corpus (../shared/corpus) is not present beside this checkout");
        var path = Path.Combine(corpus!, relative);
        Assert.SkipUnless(Directory.Exists(path) || File.Exists(path), $"corpus entry '{relative}' is missing");
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rampart.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find Rampart.slnx above " + AppContext.BaseDirectory);
    }
}
