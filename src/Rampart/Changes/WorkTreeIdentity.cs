namespace Rampart.Changes;

/// <summary>
/// What git says a work tree is: a repository name from the <c>origin</c> remote (host and path, without scheme,
/// credentials or <c>.git</c>), the checked-out branch and the commit. Null where git cannot tell (no git, no remote,
/// a detached HEAD).
/// </summary>
public static class WorkTreeIdentity
{
    public static string? Repository(string folder)
    {
        var remote = GitRunner.Run(folder, "remote", "get-url", "origin");
        return remote.ExitCode == 0 ? RepositoryName(remote.Output.Trim()) : null;
    }

    public static string? Branch(string folder)
    {
        var head = GitRunner.Run(folder, "rev-parse", "--abbrev-ref", "HEAD");
        var name = head.Output.Trim();
        return head.ExitCode == 0 && name.Length > 0 && name != "HEAD" ? name : null;
    }

    public static string? Commit(string folder)
    {
        var head = GitRunner.Run(folder, "rev-parse", "HEAD");
        return head.ExitCode == 0 && head.Output.Trim() is { Length: > 0 } sha ? sha : null;
    }

    /// <summary><c>https://user:pw@github.com/acme/deploy.git</c> and <c>git@github.com:acme/deploy.git</c> → <c>github.com/acme/deploy</c>.</summary>
    public static string? RepositoryName(string remote)
    {
        var text = remote.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            text = uri.Host + uri.AbsolutePath;
        }
        else if (text.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 && text.IndexOf(':', at) is var colon and > 0)
        {
            text = text[(at + 1)..colon] + "/" + text[(colon + 1)..];
        }

        text = text.TrimEnd('/');
        if (text.EndsWith(".git", StringComparison.Ordinal))
        {
            text = text[..^4];
        }

        return text.Length == 0 ? null : text;
    }
}
