namespace Rampart.Ownership.CodeOwners;

/// <summary>A compiled CODEOWNERS pattern over a path split at its slashes.</summary>
internal interface IPathPattern
{
    /// <summary>Wildcard-free segments every path the pattern matches contains (for the index); may be empty.</summary>
    string[] Literals { get; }

    /// <summary>Whether the pattern owns the path; <paramref name="steps"/> counts the work when given.</summary>
    bool IsMatch(string[] segments, StepCounter? steps);
}
