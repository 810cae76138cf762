using System.Text.RegularExpressions;

namespace Rampart.Schemas;

/// <summary>
/// Where a JSON-Schema catalog keeps a kind's schema: kubeconform's <c>-schema-location</c> template with its
/// variables (<c>{{ .ResourceKind }}</c> the lowercase kind, <c>{{ .ResourceAPIVersion }}</c>, <c>{{ .Group }}</c>,
/// <c>{{ .KindSuffix }}</c> such as <c>-apps-v1</c>, <c>{{ .NormalizedKubernetesVersion }}</c> and
/// <c>{{ .StrictSuffix }}</c>), or the file names of a catalog folder.
/// </summary>
internal sealed partial class CatalogTemplate
{
    private static readonly string[] FolderLayouts =
    [
        "{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json",
        "{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json",
        "{{ .NormalizedKubernetesVersion }}-standalone-strict/{{ .ResourceKind }}{{ .KindSuffix }}.json",
        "{{ .NormalizedKubernetesVersion }}-standalone/{{ .ResourceKind }}{{ .KindSuffix }}.json",
        "{{ .ResourceKind }}{{ .KindSuffix }}.json",
    ];

    private readonly IReadOnlyList<string> patterns;
    private readonly string kubernetesVersion;

    private CatalogTemplate(IReadOnlyList<string> patterns, string kubernetesVersion)
    {
        this.patterns = patterns;
        this.kubernetesVersion = kubernetesVersion;
    }

    /// <summary>Whether <paramref name="source"/> is a template rather than a folder or URL.</summary>
    public static bool IsTemplate(string source) => source.Contains("{{", StringComparison.Ordinal);

    /// <summary>A template as kubeconform users write it.</summary>
    public static CatalogTemplate Of(string template, string? kubernetesVersion) => new([template], Normalized(kubernetesVersion));

    /// <summary>The layouts of a catalog folder: CRDs-catalog's, flat, and kubernetes-json-schema's (strict first).</summary>
    public static CatalogTemplate Folder(string folder, string? kubernetesVersion) =>
        new([.. FolderLayouts.Select(p => Path.Combine(folder, p))], Normalized(kubernetesVersion));

    /// <summary>The paths that may hold <paramref name="gvk"/>'s schema, in order.</summary>
    public IEnumerable<string> Candidates(GroupVersionKind gvk) =>
        patterns.Select(p => Variable().Replace(p, m => Value(m.Groups[1].Value, gvk) ?? m.Value));

    private string? Value(string variable, GroupVersionKind gvk) => variable switch
    {
        "ResourceKind" => gvk.Kind.ToLowerInvariant(),
        "ResourceAPIVersion" => gvk.Version,
        "Group" => gvk.Group,
        "KindSuffix" => gvk.Group.Length == 0 ? $"-{gvk.Version}" : $"-{gvk.Group.Split('.')[0].ToLowerInvariant()}-{gvk.Version}",
        "NormalizedKubernetesVersion" => kubernetesVersion,
        "StrictSuffix" => "-strict",
        _ => null,
    };

    /// <summary>kubeconform's form: <c>master</c> when no version is given, else <c>v1.35.0</c>.</summary>
    private static string Normalized(string? version) =>
        version is not null && KubernetesVersions.Normalize(version) is { } normalized ? "v" + normalized : "master";

    [GeneratedRegex(@"\{\{\s*\.(\w+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Variable();
}
