using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>Builds the dot a chart's templates see: Values, Release, Chart, Capabilities, Files, Template, Subcharts (Helm v4 shapes).</summary>
internal static class HelmTopLevel
{
    public const string HelmVersion = "v4.2.4";

    /// <summary>Values as <c>common.Values</c>, keeping where each key was set.</summary>
    public static GoMap AsValues(GoMap values) => new(HelmTypes.Values, values) { Origins = values.Origins };

    public static GoMap Release(string name, string @namespace, GoMap? overrides = null)
    {
        var release = new GoMap
        {
            ["Name"] = name,
            ["Namespace"] = @namespace,
            ["IsUpgrade"] = false,
            ["IsInstall"] = true,
            ["Revision"] = 1L,
            ["Service"] = "Helm",
        };
        foreach (var (k, v) in overrides ?? [])
        {
            release[k] = k == "Revision" && v is double d ? (long)d : v;
        }

        return release;
    }

    /// <summary>The chart metadata map with Go's field names, from Chart.yaml's keys.</summary>
    public static GoMap Chart(IDictionary<string, object?> meta, bool isRoot)
    {
        object? Get(string key, object? fallback = null) => meta.TryGetValue(key, out var v) && v is not null ? v : fallback;
        return new GoMap
        {
            ["Name"] = Get("name", ""),
            ["Home"] = Get("home", ""),
            ["Sources"] = Get("sources", Array.Empty<object?>()),
            ["Version"] = Get("version", ""),
            ["Description"] = Get("description", ""),
            ["Keywords"] = Get("keywords", Array.Empty<object?>()),
            ["Maintainers"] = Maintainers(Get("maintainers", Array.Empty<object?>())),
            ["Icon"] = Get("icon", ""),
            ["APIVersion"] = Get("apiVersion", ""),
            ["Condition"] = Get("condition", ""),
            ["Tags"] = Get("tags", ""),
            ["AppVersion"] = Get("appVersion", ""),
            ["Deprecated"] = Get("deprecated", false),
            ["Annotations"] = Get("annotations"),
            ["KubeVersion"] = Get("kubeVersion", ""),
            ["Dependencies"] = Get("dependencies", Array.Empty<object?>()),
            ["Type"] = Get("type", ""),
            ["IsRoot"] = isRoot,
        };
    }

    private static object?[] Maintainers(object? list) =>
        [.. (list as object?[] ?? []).Select(m => m is GoMap map
            ? new GoMap { ["Name"] = map.GetValueOrDefault("name") ?? "", ["Email"] = map.GetValueOrDefault("email") ?? "", ["URL"] = map.GetValueOrDefault("url") ?? "" }
            : m)];

    public static HelmCapabilities Capabilities(HelmKubeVersion kubeVersion, string[]? apiVersions = null) =>
        new(kubeVersion, new HelmVersionSet(apiVersions ?? HelmCapabilities.DefaultApiVersions), new HelmBuildInfo(HelmVersion));

    public static GoMap Build(GoMap values, GoMap release, GoMap chart, HelmCapabilities capabilities, HelmFiles files, string templateName, string basePath) => new()
    {
        ["Values"] = AsValues(values),
        ["Release"] = release,
        ["Chart"] = chart,
        ["Capabilities"] = capabilities.Pointer,
        ["Files"] = files,
        ["Template"] = new GoMap(HelmTypes.Values) { ["Name"] = templateName, ["BasePath"] = basePath },
        ["Subcharts"] = new GoMap(),
    };
}
