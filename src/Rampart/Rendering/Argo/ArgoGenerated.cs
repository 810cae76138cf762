namespace Rampart.Rendering.Argo;

/// <summary>What an ApplicationSet generates: its applications, and what could not be generated (with where and why).</summary>
/// <param name="Applications">The applications, their trees the template's with the parameters substituted.</param>
/// <param name="Problems">Malformed parts: (line, message).</param>
/// <param name="NotChecked">Generators left out, one sentence each.</param>
internal sealed record ArgoGenerated(IReadOnlyList<ArgoApplication> Applications, IReadOnlyList<(int Line, string Message)> Problems, IReadOnlyList<string> NotChecked);
