using Rampart.Globbing;

namespace Rampart.Rendering.Argo;

/// <summary>
/// A <c>directory.include</c>/<c>exclude</c> pattern as Argo CD matches it against a file's path relative to the
/// source's folder: <c>*</c> and <c>?</c> cross <c>/</c>, <c>[…]</c> classes, <c>\</c> escapes and <c>{a,b}</c>
/// alternatives (expanded here into several patterns of the project's glob engine).
/// </summary>
internal sealed class ArgoGlob
{
    private const int MaxAlternatives = 256;

    private static readonly GlobSyntax Syntax = new() { StarCrossesSlash = true, Brackets = GlobBrackets.Fnmatch, Escapes = true };

    private readonly GlobMatcher[] matchers;

    public ArgoGlob(string pattern)
    {
        matchers = [.. Expand(pattern).Select(p => GlobMatcher.Compile(p, Syntax))];
    }

    public bool IsMatch(string path) => matchers.Any(m => m.IsMatch(path));

    /// <summary>Every pattern the braces of <paramref name="pattern"/> stand for (at most <see cref="MaxAlternatives"/>).</summary>
    internal static List<string> Expand(string pattern)
    {
        var open = FindOpen(pattern);
        if (open < 0)
        {
            return [pattern];
        }

        var depth = 0;
        var parts = new List<string>();
        var start = open + 1;
        for (var i = open + 1; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case ',' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
                case '}' when depth > 0:
                    depth--;
                    break;
                case '}':
                    parts.Add(pattern[start..i]);
                    var rest = pattern[(i + 1)..];
                    var result = new List<string>();
                    foreach (var part in parts)
                    {
                        foreach (var expanded in Expand(pattern[..open] + part + rest))
                        {
                            if (result.Count < MaxAlternatives)
                            {
                                result.Add(expanded);
                            }
                        }
                    }

                    return result;
            }
        }

        return [pattern];
    }

    private static int FindOpen(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '{')
            {
                return i;
            }
        }

        return -1;
    }
}
