namespace Rampart.Findings;

/// <summary>
/// Where in the Git history a secret finding comes from (<c>rampart scan --history</c>): the first commit that added
/// the secret (full id, author name and e-mail as recorded, author date), whether the secret is still in a file at
/// HEAD, and how many commits added it (the same secret added again in later commits is the same finding).
/// </summary>
public sealed record CommitRef(string Id, string Author, string Email, DateTimeOffset Date, bool PresentAtHead, int Commits);
