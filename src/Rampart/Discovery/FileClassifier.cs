namespace Rampart.Discovery;

/// <summary>
/// Decides what a file is from its name, its place (chart folder, tool folders) and the
/// first bytes of its content. Pure: the walker reads the bytes, this only looks at them. It never decides that a
/// YAML or JSON file is free of Kubernetes objects: every <c>.yaml</c>, <c>.yml</c> and <c>.json</c> file that is
/// not a Kustomize or Helm input or a lockfile is loaded, and the load finds the objects (see docs/discovery.md).
/// </summary>
public static class FileClassifier
{
    /// <param name="relativePath">Path relative to the scan root, forward slashes.</param>
    /// <param name="head">The first bytes of the file (all of it when <paramref name="complete"/>).</param>
    /// <param name="complete">Whether <paramref name="head"/> is the whole file.</param>
    /// <param name="placement">What the walk knows about the file's place.</param>
    public static FileClassification Classify(string relativePath, ReadOnlySpan<byte> head, bool complete, Placement placement)
    {
        var slash = relativePath.LastIndexOf('/');
        var name = relativePath[(slash + 1)..];
        var folder = slash < 0 ? "" : relativePath[..slash];
        var extensionFormat = FileNames.FormatOfExtension(name);

        if (ContentSniffer.HasNul(head) && !ContentSniffer.StartsWithUnicodeBom(head))
        {
            // The extension's format is kept: a binary file named like YAML or JSON is reported, not skipped.
            return new FileClassification(FileKind.Binary, extensionFormat);
        }

        if (FileNames.IsKustomization(name))
        {
            return new FileClassification(FileKind.Kustomization, FileFormat.Yaml);
        }

        if (HelmPlace(relativePath, name, folder, placement.Chart, head) is { } helm)
        {
            return helm;
        }

        if (FileNames.IsDockerfile(name))
        {
            return new FileClassification(FileKind.Dockerfile, FileFormat.Unknown);
        }

        if (FileNames.LockfileEcosystem(name) is { } ecosystem)
        {
            return new FileClassification(FileKind.Lockfile, extensionFormat) { Ecosystem = ecosystem };
        }

        return ByContent(relativePath, name, head, complete, extensionFormat);
    }

    /// <summary>
    /// Whether the rest of the file must be looked at for <c>{{</c>: a manifest under a chart's <c>templates/</c>
    /// folder whose head had none, when the head was not the whole file (it is a <see cref="ChartTemplate"/> if so).
    /// </summary>
    public static bool MayBeTemplate(FileClassification verdict, bool complete) =>
        !complete && verdict is { Kind: FileKind.KubernetesManifest, Chart: not null };

    /// <summary>A file under a chart's <c>templates/</c> folder that holds <c>{{</c>: Helm renders it before anything can read it.</summary>
    public static FileClassification ChartTemplate(string chart, FileFormat format) => new(FileKind.HelmTemplate, format)
    {
        Chart = chart,
        NotRenderedReason = $"Helm template of chart '{DisplayFolder(chart)}'; it is checked in the rendered chart (helm template), not as it stands (not rendered)",
    };

    private static FileClassification? HelmPlace(string relativePath, string name, string folder, string? chart, ReadOnlySpan<byte> head)
    {
        if (name == "Chart.yaml")
        {
            return new FileClassification(FileKind.HelmChart, FileFormat.Yaml) { Chart = folder };
        }

        if (chart is null)
        {
            return null;
        }

        var templates = chart.Length == 0 ? "templates/" : chart + "/templates/";
        if (relativePath.StartsWith(templates, StringComparison.Ordinal))
        {
            // Helm renders every file of templates/; one without a single {{ renders to itself, so it is checked as it stands.
            var format = FileNames.FormatOfExtension(name);
            return format != FileFormat.Unknown && head.IndexOf("{{"u8) < 0
                ? new FileClassification(FileKind.KubernetesManifest, FormatOf(head, format)) { Chart = chart }
                : ChartTemplate(chart, format);
        }

        if (folder != chart)
        {
            return null;
        }

        if (FileNames.IsChartMetadata(name))
        {
            return new FileClassification(FileKind.HelmChart, FileNames.FormatOfExtension(name)) { Chart = chart };
        }

        return FileNames.IsHelmValues(name)
            ? new FileClassification(FileKind.HelmValues, FileFormat.Yaml) { Chart = chart }
            : null;
    }

    private static FileClassification ByContent(string relativePath, string name, ReadOnlySpan<byte> head, bool complete, FileFormat extensionFormat)
    {
        if (extensionFormat != FileFormat.Unknown)
        {
            var kind = FileNames.IsToolConfiguration(relativePath, name) ? FileKind.ToolConfiguration : FileKind.KubernetesManifest;
            return new FileClassification(kind, FormatOf(head, extensionFormat));
        }

        if (FileNames.HasExtension(name))
        {
            return new FileClassification(FileKind.Text, FileFormat.Unknown);
        }

        // Without an extension (kubectl reads such a file only when named), the start of the content decides.
        if (ContentSniffer.StartsLikeJsonObject(head))
        {
            return ContentSniffer.JsonHasKubernetesKeys(head, complete)
                ? new FileClassification(FileKind.KubernetesManifest, FileFormat.Json)
                : new FileClassification(FileKind.Text, FileFormat.Json);
        }

        if (ContentSniffer.StartsLikeJsonArray(head))
        {
            return new FileClassification(FileKind.Text, FileFormat.Json);
        }

        return ContentSniffer.YamlHasKubernetesKeys(head, complete, mustStartWithKey: true)
            ? new FileClassification(FileKind.KubernetesManifest, FileFormat.Yaml)
            : new FileClassification(FileKind.Text, FileFormat.Unknown);
    }

    /// <summary>JSON when the content starts like JSON, otherwise what the extension says (YAML when it says nothing).</summary>
    private static FileFormat FormatOf(ReadOnlySpan<byte> head, FileFormat extensionFormat) =>
        ContentSniffer.StartsLikeJsonObject(head) || ContentSniffer.StartsLikeJsonArray(head) ? FileFormat.Json
        : extensionFormat == FileFormat.Unknown ? FileFormat.Yaml
        : extensionFormat;

    private static string DisplayFolder(string folder) => folder.Length == 0 ? "." : folder;
}
