using System.Collections.Concurrent;
using Rampart.Regex;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// The one place <c>matches</c>, <c>find</c> and <c>findAll</c> get compiled patterns from: the RE2-semantics
/// engine, which runs in linear time and rejects what RE2 rejects (backreferences, lookaround). Compiled
/// patterns are cached by text, so a pattern computed at run time is not compiled again on every call.
/// </summary>
internal static class RegexSeam
{
    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<string, (Re2Regex? Regex, string? Error)> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled <paramref name="pattern"/>, or null with the reason.</summary>
    public static Re2Regex? Compile(string pattern, out string? error)
    {
        if (!Cache.TryGetValue(pattern, out var cached))
        {
            cached = Re2Regex.TryCompile(pattern, out var regex, out var failure)
                ? (regex, null)
                : (null, $"invalid regular expression '{pattern}': {failure.Message}");
            if (Cache.Count < CacheLimit)
            {
                Cache.TryAdd(pattern, cached);
            }
        }

        error = cached.Error;
        return cached.Regex;
    }
}
