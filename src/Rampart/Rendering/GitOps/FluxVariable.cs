namespace Rampart.Rendering.GitOps;

/// <summary>A <c>postBuild</c> variable: its value (newlines removed, as Flux removes them) and the line that defined it.</summary>
public sealed record FluxVariable(string Value, string File, int Line);
