using Rampart.Templates;

namespace Rampart.Rendering.Helm;

/// <summary>Why a chart or part of it could not be rendered, at the file and line (and column when known) responsible.</summary>
public sealed record RenderProblem(SourcePosition Position, string Message)
{
    public override string ToString() => $"{Position}: {Message}";
}
