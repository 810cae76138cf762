namespace Rampart.Dependencies.Database;

/// <summary>
/// Rampart's cache folder for downloaded data: <c>--cache-dir</c>, else <c>RAMPART_CACHE_DIR</c>, else <c>rampart</c>
/// under the user's cache folder (<c>XDG_CACHE_HOME</c>, else <c>~/.cache</c>; the local application data folder on
/// Windows).
/// </summary>
public static class CacheFolder
{
    public const string EnvironmentVariable = "RAMPART_CACHE_DIR";

    public static string Locate(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(option))
        {
            return Path.GetFullPath(option);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } variable)
        {
            return Path.GetFullPath(variable);
        }

        return Path.Combine(UserCache(environment), "rampart");
    }

    /// <summary>The user's cache folder: <c>XDG_CACHE_HOME</c>, else <c>~/.cache</c>; the local application data folder on Windows.</summary>
    public static string UserCache(Func<string, string?> environment) =>
        OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : environment("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
}
