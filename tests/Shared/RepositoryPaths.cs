namespace Rampart.Testing;

/// <summary>
/// Locates the repository root and the shared corpus of other projects' test data (<c>../shared/corpus</c>
/// beside the repository). Tests that read the corpus skip with a reason when it is missing, and fail under CI
/// (see <see cref="Prerequisites"/>).
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

    /// <summary>
    /// A folder or file of the corpus. When it is not there the calling test skips, or fails under CI
    /// (<see cref="Prerequisites.Require(bool, string)"/>).
    /// </summary>
    public static string CorpusFolder(string relative) => CorpusFolder(relative, Corpus, Prerequisites.InCi);

    /// <summary>As <see cref="CorpusFolder(string)"/> with the corpus folder and the CI decision given.</summary>
    public static string CorpusFolder(string relative, string? corpus, bool inCi)
    {
        Prerequisites.Require(corpus is not null, "the shared corpus (../shared/corpus, or RAMPART_CORPUS) is not present beside this checkout", inCi);
        var path = Path.Combine(corpus!, relative);
        Prerequisites.Require(Directory.Exists(path) || File.Exists(path), $"corpus entry '{relative}' is missing from {corpus}", inCi);
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
