using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// The one place <c>matches</c> gets compiled patterns from. Patterns are compiled with .NET's
/// non-backtracking engine, which runs in linear time and rejects backreferences and lookaround.
/// </summary>
internal static class RegexSeam
{
    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<string, (Func<string, bool>? Matcher, string? Error)> Cache = new(StringComparer.Ordinal);

    /// <summary>A matcher for <paramref name="pattern"/> (unanchored search), or null with the reason.</summary>
    public static Func<string, bool>? Compile(string pattern, out string? error)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            error = cached.Error;
            return cached.Matcher;
        }

        Func<string, bool>? matcher = null;
        try
        {
            var regex = new System.Text.RegularExpressions.Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            matcher = regex.IsMatch;
            error = null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            error = $"invalid regular expression '{pattern}': {e.Message}";
        }

        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(pattern, (matcher, error));
        }

        return matcher;
    }
}
