using System.Formats.Tar;

namespace Rampart.Changes;

/// <summary>
/// What changed against a base revision, and the base revision's files, read with the git command line.
/// Problems (not a repository, unknown revision, git missing) are returned as errors, never thrown.
/// </summary>
public static class GitChanges
{
    /// <summary>Largest base revision extracted for comparison.</summary>
    public const long MaxExportBytes = 2L * 1024 * 1024 * 1024;

    public static (ChangeSet? Changes, string? Error) Between(string repositoryRoot, string baseRef)
    {
        if (baseRef.StartsWith('-'))
        {
            return (null, $"'{baseRef}' is not a revision");
        }

        var commit = GitRunner.Run(repositoryRoot, "rev-parse", "--verify", "--quiet", baseRef + "^{commit}");
        if (!commit.Ok)
        {
            var inside = GitRunner.Run(repositoryRoot, "rev-parse", "--show-toplevel");
            return (null, inside.Ok
                ? $"'{baseRef}' is not a commit of the repository at {repositoryRoot}"
                : $"{repositoryRoot} is not inside a git repository ({inside.Error})");
        }

        var prefix = GitRunner.Run(repositoryRoot, "rev-parse", "--show-prefix");
        var diff = GitRunner.Run(repositoryRoot, "diff", "--name-status", "-z", "--no-renames", "--relative", commit.Output.Trim(), "--", ".");
        var untracked = GitRunner.Run(repositoryRoot, "ls-files", "--others", "--exclude-standard", "-z", "--", ".");
        if (!diff.Ok || !untracked.Ok || !prefix.Ok)
        {
            return (null, $"git diff against '{baseRef}' failed: {diff.Error}{untracked.Error}");
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        var fields = diff.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            (fields[i] == "D" ? deleted : changed).Add(fields[i + 1]);
        }

        foreach (var path in untracked.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            changed.Add(path);
        }

        return (new ChangeSet(baseRef, commit.Output.Trim(), changed, deleted), null);
    }

    /// <summary>
    /// Writes the files of <paramref name="commit"/> below the current folder of <paramref name="repositoryRoot"/>
    /// into <paramref name="target"/>. Entries that would land outside the target (absolute paths, <c>..</c>),
    /// links and special files are skipped; the export stops with an error past <see cref="MaxExportBytes"/>.
    /// </summary>
    public static string? Export(string repositoryRoot, string commit, string target)
    {
        var root = Path.GetFullPath(target);
        string? error = null;
        long total = 0;
        var result = GitRunner.Stream(repositoryRoot, stream =>
        {
            using var reader = new TarReader(stream, leaveOpen: true);
            while (error is null && reader.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                {
                    continue;
                }

                var destination = Path.GetFullPath(Path.Combine(root, entry.Name));
                if (!destination.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }

                total += entry.Length;
                if (total > MaxExportBytes)
                {
                    error = $"revision {commit} is larger than {MaxExportBytes} bytes";
                    break;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                using var file = File.Create(destination);
                entry.DataStream.CopyTo(file);
            }
        }, "archive", "--format=tar", commit, "--", ".");
        return error ?? (result.Ok ? null : $"git archive {commit} failed: {result.Error}");
    }
}
