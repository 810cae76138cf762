namespace Rampart.Cel.Checking;

/// <summary>A declared variable, by its full name.</summary>
internal sealed record VariableReference(string Name) : Reference;
