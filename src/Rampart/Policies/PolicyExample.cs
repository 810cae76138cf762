namespace Rampart.Policies;

/// <summary>A manifest that shows a policy at work: one it reports (<paramref name="Fails"/>) or one it accepts.</summary>
public sealed record PolicyExample(string Name, bool Fails, string Yaml);
