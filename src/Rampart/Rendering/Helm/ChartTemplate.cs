using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>One template file of a chart with the dot it renders with; <see cref="Skip"/> for partials and NOTES.txt.</summary>
internal sealed record ChartTemplate(string Name, string SourceFile, string Text, GoMap Dot, bool Skip);
