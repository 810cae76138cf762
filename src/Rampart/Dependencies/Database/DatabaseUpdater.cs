using Microsoft.Data.Sqlite;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// Fills the advisory database from OSV's per-ecosystem archives or a folder of OSV JSON. The new database is written
/// to a new file beside the old one and moved over it only when complete, so a failed or interrupted update leaves the
/// previous database as it was. An ecosystem that fails (unreachable, 404, a hostile archive) keeps its previous data
/// while the others are replaced, and ecosystems not asked for keep theirs.
/// </summary>
public sealed class DatabaseUpdater(HttpClient http, ArchiveLimits limits, TimeProvider time)
{
    /// <summary>The ecosystems the inventory reads, updated when none are named.</summary>
    public static IReadOnlyList<string> DefaultEcosystems { get; } =
        [Ecosystem.Npm, Ecosystem.NuGet, Ecosystem.PyPI, Ecosystem.Maven, Ecosystem.Go, Ecosystem.CratesIo, Ecosystem.RubyGems, Ecosystem.Packagist];

    /// <summary>
    /// Updates the database in <paramref name="cacheDir"/> from <paramref name="source"/>; <paramref name="ecosystems"/>
    /// empty means <see cref="DefaultEcosystems"/> from archives, and every record of a folder of JSON files.
    /// </summary>
    public async Task<DatabaseUpdateResult> UpdateAsync(string cacheDir, string source, IReadOnlyList<string> ecosystems, CancellationToken cancellation)
    {
        var path = AdvisoryDatabase.PathIn(cacheDir);
        if (ecosystems.FirstOrDefault(e => !ValidEcosystem(e)) is { } bad)
        {
            return new DatabaseUpdateResult(path, []) { Error = $"'{bad}' is not an ecosystem name" };
        }

        var (location, error) = AdvisorySourceLocation.Parse(source);
        if (location is null)
        {
            return new DatabaseUpdateResult(path, []) { Error = error };
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var (previous, unreadable) = Previous(cacheDir);
        var temporary = $"{path}.{Guid.NewGuid():N}.new";
        try
        {
            List<EcosystemImport> imports;
            IReadOnlyList<string> kept;
            using (var writer = new DatabaseWriter(temporary, previous is null ? null : path))
            {
                var selected = ecosystems.Count > 0 ? ecosystems : DefaultEcosystems;
                imports = location.Folder is { } folder && !selected.Any(e => location.ArchiveOf(e) is not null)
                    ? ImportFolder(writer, folder, ecosystems)
                    : await ImportArchivesAsync(writer, location, selected, cancellation).ConfigureAwait(false);
                var imported = imports.Where(i => i.Succeeded).Select(i => i.Ecosystem).ToHashSet(StringComparer.Ordinal);
                kept = writer.CopyFrom([.. (previous ?? []).Where(e => !imported.Contains(e))]);
                if (imported.Count == 0)
                {
                    // Nothing new: the database stays as it was.
                    return new DatabaseUpdateResult(path, imports) { Kept = previous ?? [] };
                }

                writer.Commit();
            }

            File.Move(temporary, path, overwrite: true);
            return new DatabaseUpdateResult(path, imports) { Kept = kept, Replaced = unreadable };
        }
        catch (SqliteException e)
        {
            return new DatabaseUpdateResult(path, []) { Error = $"cannot write the database in {Path.GetDirectoryName(path)}: {e.Message}" };
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The ecosystems of the database there now, or (when there is one it cannot read) why not.</summary>
    private static (List<string>? Ecosystems, string? Unreadable) Previous(string cacheDir)
    {
        var opening = AdvisoryDatabase.Open(cacheDir);
        using var database = opening.Database;
        return database is not null ? ([.. database.Sources.Select(s => s.Ecosystem)], null)
            : File.Exists(AdvisoryDatabase.PathIn(cacheDir)) ? (null, opening.Error) : (null, null);
    }

    private async Task<List<EcosystemImport>> ImportArchivesAsync(DatabaseWriter writer, AdvisorySourceLocation location, IReadOnlyList<string> ecosystems, CancellationToken cancellation)
    {
        var imports = new List<EcosystemImport>();
        foreach (var ecosystem in ecosystems.Distinct(StringComparer.Ordinal))
        {
            var archive = location.ArchiveOf(ecosystem);
            var shown = archive ?? Path.Combine(location.Folder!, ecosystem, "all.zip");
            var tally = new ImportTally();
            var download = location.BaseUrl is null ? null : $"{writer.FilePath}.{ecosystem.Replace(':', '_')}.zip";
            try
            {
                if (archive is null)
                {
                    tally.Error = $"{shown}: not found";
                }
                else if (download is not null)
                {
                    (_, tally.Error) = await ArchiveDownloader.DownloadAsync(http, new Uri(archive), download, limits, cancellation).ConfigureAwait(false);
                }

                if (tally.Error is null)
                {
                    ReadArchive(writer, ecosystem, download ?? archive!, shown, tally);
                }
            }
            finally
            {
                if (download is not null)
                {
                    File.Delete(download);
                }
            }

            imports.Add(Import(ecosystem, shown, tally));
        }

        return imports;
    }

    private void ReadArchive(DatabaseWriter writer, string ecosystem, string file, string source, ImportTally tally)
    {
        var info = new FileInfo(file);
        if (info.Length > limits.MaxArchiveBytes)
        {
            tally.Error = $"{file}: larger than the limit of {limits.MaxArchiveBytes:N0} bytes";
            return;
        }

        writer.BeginEcosystem();
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            OsvArchiveReader.Read(stream, limits, record => writer.Add(ecosystem, record), tally);
        }

        writer.EndEcosystem(keep: tally.Error is null);
        if (tally.Error is null)
        {
            writer.SetSource(ecosystem, source, time.GetUtcNow(), tally.Records);
        }
    }

    /// <summary>A folder of JSON files: each record filed under the first of its ecosystems that is selected.</summary>
    private List<EcosystemImport> ImportFolder(DatabaseWriter writer, string folder, IReadOnlyList<string> ecosystems)
    {
        var tally = new ImportTally();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var wanted = ecosystems.Select(PackageKey.Family).ToHashSet(StringComparer.Ordinal);
        var other = 0;
        OsvFolderReader.Read(folder, limits, record =>
        {
            var origin = record.Affected.Select(a => PackageKey.Family(a.Ecosystem)).FirstOrDefault(e => e.Length > 0 && (wanted.Count == 0 || wanted.Contains(e)));
            if (origin is null)
            {
                other++;
                return;
            }

            counts[origin] = counts.GetValueOrDefault(origin) + 1;
            writer.Add(origin, record);
        }, tally);

        if (tally.Error is not null)
        {
            return [Import(string.Join(", ", ecosystems), folder, tally)];
        }

        var now = time.GetUtcNow();
        var imports = new List<EcosystemImport>();
        foreach (var (ecosystem, records) in counts)
        {
            writer.SetSource(ecosystem, folder, now, records);
            imports.Add(new EcosystemImport(ecosystem, folder) { Records = records });
        }

        // The folder's skipped files and invalid records are reported once, with the first ecosystem (or alone).
        var summary = new EcosystemImport(imports.Count > 0 ? imports[0].Ecosystem : "(none)", folder)
        {
            Records = imports.Count > 0 ? imports[0].Records : 0,
            Skipped = tally.Skipped + other,
            InvalidCount = tally.InvalidCount,
            Invalid = tally.Invalid,
            Error = imports.Count == 0 ? $"{folder}: no OSV records{(wanted.Count > 0 ? " of " + string.Join(", ", wanted) : "")}" : null,
        };
        return imports.Count > 0 ? [summary, .. imports.Skip(1)] : [summary];
    }

    private static EcosystemImport Import(string ecosystem, string source, ImportTally tally) => new(ecosystem, source)
    {
        Records = tally.Error is null ? tally.Records : 0,
        Skipped = tally.Skipped,
        InvalidCount = tally.InvalidCount,
        Invalid = tally.Invalid,
        Error = tally.Error is null ? null : tally.Error.StartsWith(source, StringComparison.Ordinal) ? tally.Error : $"{source}: {tally.Error}",
    };

    /// <summary>An OSV ecosystem name: letters, digits, and <c>. : _ -</c> and spaces (<c>crates.io</c>, <c>Debian:12</c>, <c>GitHub Actions</c>).</summary>
    private static bool ValidEcosystem(string name) =>
        name.Length is > 0 and <= 64 && name != "." && name != ".." && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '_' or '-' or ' ');
}
