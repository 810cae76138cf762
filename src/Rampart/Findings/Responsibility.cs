namespace Rampart.Findings;

/// <summary>
/// Which side of the shared-responsibility model fixes a finding: developers own code and dependencies,
/// security owns secrets and policies, platform owns cluster configuration.
/// </summary>
public enum Responsibility
{
    Developers,
    Security,
    Platform,
}
