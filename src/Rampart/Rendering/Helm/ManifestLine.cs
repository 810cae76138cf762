using Rampart.Templates;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Where one line of a rendered manifest came from: the template file and line that wrote it, and, when it printed a
/// value, the values file (or <c>--set</c>) position that set the value.
/// </summary>
public sealed record ManifestLine(int Line, SourcePosition Template, SourcePosition? Value);
