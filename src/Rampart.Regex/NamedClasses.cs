using System.Collections.Concurrent;

namespace Rampart.Regex;

/// <summary>
/// The named classes of RE2 syntax: Unicode general categories and their one-letter groups, scripts and
/// <c>Any</c> (for <c>\p{..}</c>), the ASCII POSIX classes (<c>[[:alpha:]]</c>) and the ASCII Perl classes
/// (<c>\d \s \w</c>). Tables are lo, hi pairs.
/// </summary>
internal static class NamedClasses
{
    private static readonly ConcurrentDictionary<string, int[]> UnicodeCache = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, int[]> Posix = new(StringComparer.Ordinal)
    {
        ["alnum"] = ['0', '9', 'A', 'Z', 'a', 'z'],
        ["alpha"] = ['A', 'Z', 'a', 'z'],
        ["ascii"] = [0, 0x7F],
        ["blank"] = ['\t', '\t', ' ', ' '],
        ["cntrl"] = [0, 0x1F, 0x7F, 0x7F],
        ["digit"] = ['0', '9'],
        ["graph"] = ['!', '~'],
        ["lower"] = ['a', 'z'],
        ["print"] = [' ', '~'],
        ["punct"] = ['!', '/', ':', '@', '[', '`', '{', '~'],
        ["space"] = ['\t', '\r', ' ', ' '],
        ["upper"] = ['A', 'Z'],
        ["word"] = ['0', '9', 'A', 'Z', '_', '_', 'a', 'z'],
        ["xdigit"] = ['0', '9', 'A', 'F', 'a', 'f'],
    };

    private static readonly int[] Digit = ['0', '9'];
    private static readonly int[] Space = ['\t', '\n', '\f', '\r', ' ', ' '];
    private static readonly int[] Word = ['0', '9', 'A', 'Z', '_', '_', 'a', 'z'];

    /// <summary>The ASCII word characters that <c>\b</c> looks at.</summary>
    public static bool IsWordRune(int rune) =>
        rune is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    /// <summary>The table of a POSIX class name such as <c>alpha</c> (without <c>[: :]</c>), or null.</summary>
    public static int[]? PosixClass(string name) => Posix.GetValueOrDefault(name);

    /// <summary>The table of a Perl class letter d, s or w (any case; the caller negates upper case), or null.</summary>
    public static int[]? PerlClass(char letter) => char.ToLowerInvariant(letter) switch
    {
        'd' => Digit,
        's' => Space,
        'w' => Word,
        _ => null,
    };

    /// <summary>The table of a Unicode class name (category, one-letter group, script or Any), or null.</summary>
    /// <remarks>Only known names are cached: names come from patterns, which can come from the data.</remarks>
    public static int[]? UnicodeClass(string name)
    {
        if (UnicodeCache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var table = Lookup(name);
        return table is null ? null : UnicodeCache.GetOrAdd(name, table);
    }

    /// <summary>The number of class names cached (for tests).</summary>
    internal static int CachedUnicodeClasses => UnicodeCache.Count;

    private static int[]? Lookup(string name)
    {
        if (name == "Any")
        {
            return [0, CharClass.MaxRune];
        }

        var category = Array.IndexOf(UnicodeData.CategoryNames, name);
        if (category >= 0)
        {
            return Slice(UnicodeData.CategoryStarts, UnicodeData.CategoryRanges, category);
        }

        if (name.Length == 1 && "CLMNPSZ".Contains(name[0], StringComparison.Ordinal))
        {
            var builder = new CharClassBuilder();
            for (var i = 0; i < UnicodeData.CategoryNames.Length; i++)
            {
                if (UnicodeData.CategoryNames[i][0] == name[0])
                {
                    builder.AddTable(Slice(UnicodeData.CategoryStarts, UnicodeData.CategoryRanges, i), negate: false, fold: false);
                }
            }

            return [.. builder.ToClass().Ranges];
        }

        var script = Array.IndexOf(UnicodeData.ScriptNames, name);
        return script >= 0 ? Slice(UnicodeData.ScriptStarts, UnicodeData.ScriptRanges, script) : null;
    }

    private static int[] Slice(ReadOnlySpan<int> starts, ReadOnlySpan<int> ranges, int index) =>
        ranges[starts[index]..starts[index + 1]].ToArray();
}
