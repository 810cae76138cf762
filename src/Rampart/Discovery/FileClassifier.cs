namespace Rampart.Discovery;

/// <summary>
/// Decides what a file is from its name, its place (chart folder, kustomization patch lists) and the first
/// bytes of its content. Pure: the walker reads the bytes, this only looks at them.
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

        if (ContentSniffer.HasNul(head))
        {
            // The extension's format is kept: a binary file named like YAML or JSON is reported when loaded, not skipped.
            return new FileClassification(FileKind.Binary, extensionFormat);
        }

        if (FileNames.IsKustomization(name))
        {
            return new FileClassification(FileKind.Kustomization, FileFormat.Yaml);
        }

        if (placement.PatchOf is { } patchOf)
        {
            return new FileClassification(FileKind.KustomizePatch, FormatOf(head, extensionFormat))
            {
                NotRenderedReason = $"Kustomize patch ({patchOf}); it is checked as part of the rendered overlay, not on its own (not rendered)",
            };
        }

        if (HelmPlace(relativePath, name, folder, placement.Chart) is { } helm)
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

        return ByContent(name, head, complete, extensionFormat);
    }

    private static FileClassification? HelmPlace(string relativePath, string name, string folder, string? chart)
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
            return new FileClassification(FileKind.HelmTemplate, FileNames.FormatOfExtension(name))
            {
                Chart = chart,
                NotRenderedReason = $"Helm template of chart '{DisplayFolder(chart)}'; it is checked in the rendered chart (helm template), not as it stands (not rendered)",
            };
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

    private static FileClassification ByContent(string name, ReadOnlySpan<byte> head, bool complete, FileFormat extensionFormat)
    {
        var noExtension = !FileNames.HasExtension(name);
        if (extensionFormat == FileFormat.Unknown && !noExtension)
        {
            return new FileClassification(FileKind.Text, FileFormat.Unknown);
        }

        if (ContentSniffer.StartsLikeJsonObject(head) && extensionFormat != FileFormat.Yaml)
        {
            return ContentSniffer.JsonHasKubernetesKeys(head, complete)
                ? new FileClassification(FileKind.KubernetesManifest, FileFormat.Json)
                : new FileClassification(FileKind.Text, FileFormat.Json);
        }

        if (extensionFormat == FileFormat.Json || (noExtension && ContentSniffer.StartsLikeJsonArray(head)))
        {
            return new FileClassification(FileKind.Text, FileFormat.Json);
        }

        var templateLine = ContentSniffer.FindTemplateAction(head);
        if (templateLine > 0 && (extensionFormat == FileFormat.Yaml || ContentSniffer.YamlHasKubernetesKeys(head, complete, mustStartWithKey: false)))
        {
            return new FileClassification(FileKind.HelmTemplate, FileFormat.Yaml)
            {
                NotRenderedReason = $"template actions ({{{{ … }}}}) on line {templateLine} make it YAML only after rendering (not rendered)",
            };
        }

        if (ContentSniffer.YamlHasKubernetesKeys(head, complete, mustStartWithKey: noExtension))
        {
            return new FileClassification(FileKind.KubernetesManifest, FileFormat.Yaml);
        }

        return new FileClassification(FileKind.Text, extensionFormat);
    }

    private static FileFormat FormatOf(ReadOnlySpan<byte> head, FileFormat extensionFormat) =>
        extensionFormat != FileFormat.Unknown ? extensionFormat
        : ContentSniffer.StartsLikeJsonObject(head) ? FileFormat.Json
        : FileFormat.Yaml;

    private static string DisplayFolder(string folder) => folder.Length == 0 ? "." : folder;
}
