namespace Rampart.Policies.Matching;

/// <summary>A custom resource kind as a CustomResourceDefinition declares it.</summary>
public sealed record CustomKind(string Group, string Kind, string Plural, bool Namespaced);
