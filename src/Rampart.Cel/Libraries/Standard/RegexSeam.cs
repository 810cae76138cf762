using System.Collections.Concurrent;
using Rampart.Cel.Regex;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// The one place <c>matches</c> gets compiled patterns from: the RE2-semantics engine, which runs in linear
/// time and rejects what RE2 rejects (backreferences, lookaround). Compiled patterns are cached by text.
/// </summary>
internal static class RegexSeam
{
    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<string, (Re2Regex? Regex, string? Error)> Cache = new(StringComparer.Ordinal);

    /// <summary>A matcher for <paramref name="pattern"/> (unanchored search), or null with the reason.</summary>
    public static Func<string, bool>? Compile(string pattern, out string? error)
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
        return cached.Regex is { } compiled ? compiled.IsMatch : null;
    }
}
