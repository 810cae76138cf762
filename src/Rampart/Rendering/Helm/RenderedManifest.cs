namespace Rampart.Rendering.Helm;

/// <summary>
/// One document a chart renders: the template it came from (Helm's name, <c>chart/templates/x.yaml</c>, and the file as
/// findings show it), its text, its kind, its <c>helm.sh/hook</c> annotation when it is a hook, and the origin of each of its lines.
/// </summary>
public sealed record RenderedManifest(string TemplateName, string SourceFile, string Text, string? Kind, string? Hook, IReadOnlyList<ManifestLine> Lines)
{
    /// <summary>The whitespace after the document in its rendered file, up to the next <c>---</c> or the end; Helm 4 prints it, Helm 3 does not.</summary>
    public string Trailing { get; init; } = "";

    public bool IsHook => Hook is not null;

    /// <summary>Whether the hook runs only for <c>helm test</c>.</summary>
    public bool IsTestHook => Hook?.Split(',').Any(h => h.Trim() is "test" or "test-success") == true;
}
