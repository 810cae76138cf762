namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Whether the project asks for a package itself or gets it through another one. <see cref="Unknown"/> when the
/// lockfile does not say (a <c>Pipfile.lock</c> or <c>composer.lock</c> lists both kinds alike).
/// </summary>
public enum DependencyRelation
{
    Unknown,
    Direct,
    Transitive,
}
