namespace Rampart.Dependencies.Inventory;

/// <summary>
/// A package a manifest names without one exact version (<c>requests&gt;=2</c> in a requirements file, a Maven
/// dependency whose version is a property nobody defines): it cannot be matched, and is reported as such.
/// </summary>
public sealed record UnresolvedPackage(string Ecosystem, string Name, string Requirement, int Line, string Reason);
