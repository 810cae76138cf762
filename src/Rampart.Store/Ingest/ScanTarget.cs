namespace Rampart.Store.Ingest;

/// <summary>Where an uploaded report belongs: a repository, one of its branches, and the commit that was scanned.</summary>
public sealed record ScanTarget(string Repository, string Branch, string? Commit)
{
    public const int MaxLength = 256;

    /// <summary>An error message when a name is empty, too long or holds control characters; null when valid.</summary>
    public string? Validate()
    {
        static string? Check(string what, string? value, bool required) =>
            value is null or "" ? (required ? $"{what} is required" : null)
            : value.Length > MaxLength ? $"{what} is longer than {MaxLength} characters"
            : value.Any(char.IsControl) ? $"{what} holds control characters"
            : null;

        return Check("repository", Repository, true) ?? Check("branch", Branch, true) ?? Check("commit", Commit, false);
    }
}
