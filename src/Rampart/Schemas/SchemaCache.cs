namespace Rampart.Schemas;

/// <summary>The local cache of pulled OpenAPI documents: <c>$XDG_CACHE_HOME/rampart/schemas/&lt;version&gt;/</c> (or <c>~/.cache/…</c>).</summary>
public static class SchemaCache
{
    public static string DefaultRoot()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var cache = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "rampart", "schemas");
    }

    /// <summary>The folder of one version, in the <c>api/v1.json</c>, <c>apis/GROUP/VERSION.json</c> layout.</summary>
    public static string VersionDirectory(string root, string kubernetesVersion) =>
        Path.Combine(root, KubernetesVersions.Normalize(kubernetesVersion) ?? kubernetesVersion);
}
