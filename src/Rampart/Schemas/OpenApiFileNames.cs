namespace Rampart.Schemas;

/// <summary>Maps API versions to document file names and back, in either <see cref="OpenApiLayout"/>.</summary>
public static class OpenApiFileNames
{
    /// <summary>The relative path (forward slashes) of a group-version's document.</summary>
    public static string For(GroupVersion gv, OpenApiLayout layout) => layout switch
    {
        OpenApiLayout.KubernetesRepository => gv.Group.Length == 0 ? $"api__{gv.Version}_openapi.json" : $"apis__{gv.Group}__{gv.Version}_openapi.json",
        _ => gv.DiscoveryPath + ".json",
    };

    /// <summary>Finds the group-version documents under a directory, in both layouts.</summary>
    public static Dictionary<GroupVersion, string> Scan(string directory)
    {
        var found = new Dictionary<GroupVersion, string>();
        var core = Path.Combine(directory, "api");
        if (System.IO.Directory.Exists(core))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(core, "*.json"))
            {
                found.TryAdd(new GroupVersion("", Path.GetFileNameWithoutExtension(file)), file);
            }
        }

        var groups = Path.Combine(directory, "apis");
        if (System.IO.Directory.Exists(groups))
        {
            foreach (var group in System.IO.Directory.EnumerateDirectories(groups))
            {
                foreach (var file in System.IO.Directory.EnumerateFiles(group, "*.json"))
                {
                    found.TryAdd(new GroupVersion(Path.GetFileName(group), Path.GetFileNameWithoutExtension(file)), file);
                }
            }
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*_openapi.json"))
        {
            if (FromRepositoryName(Path.GetFileName(file)) is { } gv)
            {
                found.TryAdd(gv, file);
            }
        }

        return found;
    }

    /// <summary>Reads <c>api__v1_openapi.json</c> / <c>apis__apps__v1_openapi.json</c>; null for other names.</summary>
    public static GroupVersion? FromRepositoryName(string name)
    {
        if (!name.EndsWith("_openapi.json", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = name[..^"_openapi.json".Length].Split("__");
        return parts switch
        {
            ["api", var version] => new GroupVersion("", version),
            ["apis", var group, var version] => new GroupVersion(group, version),
            _ => null,
        };
    }
}
