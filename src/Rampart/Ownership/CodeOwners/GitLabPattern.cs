using Rampart.Globbing;

namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// A CODEOWNERS path pattern with GitLab's meaning: normalised as GitLab does (<c>*</c> becomes
/// <c>/**/*</c>, a pattern without a leading <c>/</c> gets <c>/**/</c> in front, so even
/// <c>internal/README.md</c> matches at any depth, a trailing <c>/</c> gets <c>**/*</c>), then matched with
/// the rules of Ruby's <c>File.fnmatch</c> with <c>FNM_PATHNAME | FNM_DOTMATCH</c>: <c>*</c>, <c>?</c> and
/// <c>[...]</c> stay inside one segment, <c>**/</c> spans zero or more folders, a <c>**</c> elsewhere is a
/// plain <c>*</c>, and a pattern without a trailing slash does not own the files inside a folder it names.
/// </summary>
public sealed class GitLabPattern : IPathPattern
{
    private readonly string[] literals;
    private GlobMatcher? glob;

    public GitLabPattern(string pattern)
    {
        Text = pattern;
        Normalized = Normalize(pattern);
        literals = CodeOwnersGlob.PlainSegments(Normalized[1..].Split('/'), brackets: true);
    }

    /// <summary>The pattern as written (without a leading <c>!</c> of an exclusion).</summary>
    public string Text { get; }

    /// <summary>The pattern after GitLab's normalisation; entries of a section are keyed by it.</summary>
    public string Normalized { get; }

    public bool IsMatch(string path) => IsMatch(path.Split('/'));

    /// <summary>Whether the pattern owns a path already split at its slashes.</summary>
    public bool IsMatch(string[] segments) => CodeOwnersGlob.Match(Glob, literals, segments, null);

    string[] IPathPattern.Literals => literals;

    bool IPathPattern.IsMatch(string[] segments, StepCounter? steps) => CodeOwnersGlob.Match(Glob, literals, segments, steps);

    /// <summary>The glob of the pattern, made when it is first matched: most entries of a large file never are.</summary>
    private GlobMatcher Glob => glob ?? LazyInitializer.EnsureInitialized(ref glob, Compile);

    private GlobMatcher Compile()
    {
        var segments = Normalized[1..].Split('/');
        var builder = new GlobBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == "**" && i < segments.Length - 1)
            {
                builder.Folders(atLeastOne: false);
            }
            else
            {
                CodeOwnersGlob.AddSegment(builder, segments[i], GlobSyntax.GitLabSegment);
            }
        }

        return builder.Build();
    }

    public static string Normalize(string pattern)
    {
        if (pattern == "*")
        {
            return "/**/*";
        }

        if (pattern.StartsWith("\\#", StringComparison.Ordinal))
        {
            pattern = pattern[1..];
        }

        pattern = UnescapeWhitespace(pattern);
        if (!pattern.StartsWith('/'))
        {
            pattern = "/**/" + pattern;
        }

        if (pattern.EndsWith('/'))
        {
            pattern += "**/*";
        }

        return pattern;
    }

    /// <summary>A backslash followed by white space becomes one space (GitLab's <c>gsub(/\\\s+/, ' ')</c>).</summary>
    private static string UnescapeWhitespace(string pattern)
    {
        if (!pattern.Contains('\\', StringComparison.Ordinal))
        {
            return pattern;
        }

        var builder = new System.Text.StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length && char.IsWhiteSpace(pattern[i + 1]))
            {
                builder.Append(' ');
                while (i + 1 < pattern.Length && char.IsWhiteSpace(pattern[i + 1]))
                {
                    i++;
                }
            }
            else
            {
                builder.Append(pattern[i]);
            }
        }

        return builder.ToString();
    }
}
