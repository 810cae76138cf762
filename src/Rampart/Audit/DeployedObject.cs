namespace Rampart.Audit;

/// <summary>An object the repository defines or renders: its kind, namespace and name, and the file and line that set it.</summary>
internal sealed record DeployedObject(string Kind, string? Namespace, string? Name, string File, int Line);
