using Rampart.Globbing;

namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// A CODEOWNERS path pattern with GitHub's meaning: a pattern with a <c>/</c> at its start or middle is
/// anchored to the root, otherwise it matches at any depth; a match on a folder owns everything in it; a
/// trailing <c>/</c> matches folders only; <c>*</c> alone as the last segment matches one level only (so
/// <c>docs/*</c> does not own <c>docs/a/b</c>, unlike .gitignore); <c>**</c> spans folders; <c>\</c> escapes;
/// <c>[</c> and <c>]</c> are ordinary characters (GitHub does not support ranges; the parser reports them).
/// </summary>
public sealed class GitHubPattern : IPathPattern
{
    private readonly string[] literals;
    private GlobMatcher? glob;

    public GitHubPattern(string pattern)
    {
        Text = pattern;
        var (rooted, folderOnly, segments) = Split(pattern);
        Anchored = rooted || segments.Length > 1;
        OneLevel = !folderOnly && segments[^1] == "*" && Anchored;
        FolderOnly = folderOnly;
        literals = CodeOwnersGlob.PlainSegments(segments, brackets: false);
    }

    public string Text { get; }

    /// <summary>A <c>/</c> at the start or in the middle ties the pattern to the repository root.</summary>
    public bool Anchored { get; }

    /// <summary>Written with a trailing slash: matches what is inside a folder of that name.</summary>
    public bool FolderOnly { get; }

    /// <summary>Ends in <c>/*</c>: matches entries directly in the folder, not deeper.</summary>
    public bool OneLevel { get; }

    /// <summary>Whether the pattern owns <paramref name="path"/> (relative, forward slashes, no leading slash).</summary>
    public bool IsMatch(string path) => IsMatch(path.Split('/'));

    /// <summary>Whether the pattern owns a path already split at its slashes.</summary>
    public bool IsMatch(string[] segments) => CodeOwnersGlob.Match(Glob, literals, segments, null);

    string[] IPathPattern.Literals => literals;

    bool IPathPattern.IsMatch(string[] segments, StepCounter? steps) => CodeOwnersGlob.Match(Glob, literals, segments, steps);

    /// <summary>The glob of the pattern, made when it is first matched: most entries of a large file never are.</summary>
    private GlobMatcher Glob => glob ?? LazyInitializer.EnsureInitialized(ref glob, Compile);

    private static (bool Rooted, bool FolderOnly, string[] Segments) Split(string pattern)
    {
        var body = pattern;
        var rooted = body.StartsWith('/');
        if (rooted)
        {
            body = body[1..];
        }

        var folderOnly = body.EndsWith('/');
        if (folderOnly)
        {
            body = body[..^1];
        }

        return (rooted, folderOnly, body.Split('/'));
    }

    private GlobMatcher Compile()
    {
        var (_, folderOnly, segments) = Split(Text);
        var builder = new GlobBuilder();
        if (!Anchored && segments[0] != "**")
        {
            builder.Folders(atLeastOne: false);
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                builder.Folders(atLeastOne: last && !folderOnly);
            }
            else
            {
                CodeOwnersGlob.AddSegment(builder, segments[i], GlobSyntax.GitHubSegment);
            }
        }

        if (folderOnly)
        {
            builder.Folders(atLeastOne: true);
        }
        else if (segments[^1] is not ("**" or "*"))
        {
            // What the pattern names may be a folder: everything below it matches too.
            builder.Folders(atLeastOne: false);
        }

        return builder.Build();
    }
}
