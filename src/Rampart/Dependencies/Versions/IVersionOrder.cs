namespace Rampart.Dependencies.Versions;

/// <summary>
/// How one ecosystem orders its versions. Every order is total: any two strings compare (a string the ecosystem
/// would reject is still placed, by the same best-effort rules the advisory databases use), never an exception.
/// </summary>
public interface IVersionOrder : IComparer<string>
{
    /// <summary>The ecosystems (OSV names) that order their versions this way.</summary>
    IReadOnlyList<string> Ecosystems { get; }
}
