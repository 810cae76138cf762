using Rampart.Dependencies.Database;

namespace Rampart.Dependencies.Osv;

/// <summary>
/// Finds the vulnerability data of a scan: the folder of OSV records when one is configured, else the local
/// database (the one the options carry, already open, else <see cref="FromDatabase"/>), else <see cref="NoAdvisorySource"/>, so that the scan says dependencies were
/// not checked rather than passing them.
/// </summary>
public static class AdvisorySources
{
    public static (IAdvisorySource Source, IReadOnlyList<string> Errors) Resolve(VulnerabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AdvisoryDirectory is { } folder)
        {
            if (!Directory.Exists(folder))
            {
                return (NoAdvisorySource.Instance, [$"advisory folder '{folder}' does not exist"]);
            }

            var (source, errors) = DirectoryAdvisorySource.Open(folder);
            return (source, errors);
        }

        return ((options.Database ?? FromDatabase(options.CacheDirectory)) is { } database ? database : NoAdvisorySource.Instance, []);
    }

    /// <summary>
    /// The local database that <c>rampart db update</c> fills in <paramref name="cacheDirectory"/>, or null when none
    /// has been imported (or it cannot be read): the scan then says its lockfiles were not checked.
    /// </summary>
    private static AdvisoryDatabase? FromDatabase(string? cacheDirectory) =>
        cacheDirectory is null ? null : AdvisoryDatabase.Open(cacheDirectory).Database;
}
