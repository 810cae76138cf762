namespace Rampart.Findings;

/// <summary>What kind of problem a finding describes; also selects the analyzer family that produced it.</summary>
public enum Category
{
    Schema,
    Misconfiguration,
    Policy,
    Secret,
    Vulnerability,
    Image,
    Gitops,
}
