namespace Rampart.Dependencies.Osv;

/// <summary>
/// Finds the vulnerability data of a scan: the folder of OSV records when one is configured, else the local
/// database (<see cref="FromDatabase"/>), else <see cref="NoAdvisorySource"/>, so that the scan says dependencies were
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

        return (FromDatabase() ?? NoAdvisorySource.Instance, []);
    }

    /// <summary>
    /// The hook for the local database that <c>rampart db update</c> fills: the source over it, or null when no
    /// database has been imported. Until it is wired, scans without <c>--advisories</c> have no data.
    /// </summary>
    private static IAdvisorySource? FromDatabase() => null;
}
