namespace Rampart.Rendering.Helm;

/// <summary>
/// One document a chart renders: the template it came from (Helm's name, <c>chart/templates/x.yaml</c>, and the file as
/// findings show it), its text, its kind, whether it is a hook, and the origin of each of its lines.
/// </summary>
public sealed record RenderedManifest(string TemplateName, string SourceFile, string Text, string? Kind, bool IsHook, IReadOnlyList<ManifestLine> Lines);
