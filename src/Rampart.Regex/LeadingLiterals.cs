using System.Buffers;
using System.Text;

namespace Rampart.Regex;

/// <summary>
/// The set of case-sensitive literals one of which every match starts with, such as the alternatives of
/// <c>(?:ghp_|gho_|ghu_)\w+</c>, for a vectorized multi-string search while no match is in progress.
/// None when some match could start otherwise, or the set is too large or too short to help.
/// </summary>
internal static class LeadingLiterals
{
    private const int MaxStrings = 64;
    private const int MaxClassRunes = 8;

    public static SearchValues<string>? Compute(RegexNode root)
    {
        var strings = Of(root, 0);
        if (strings is null || strings.Count is 0 or > MaxStrings || strings.Any(s => s.Length < 2))
        {
            return null;
        }

        return SearchValues.Create([.. strings.Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The literals a match of <paramref name="node"/> starts with, or null when unknown.</summary>
    private static List<string>? Of(RegexNode node, int depth)
    {
        if (depth > 32)
        {
            return null;
        }

        switch (node.Kind)
        {
            case NodeKind.Literal:
                return node.Runes.All(IsScalar) ? [Text(node.Runes)] : null;
            case NodeKind.Class:
                return SmallClass(node.Class!);
            case NodeKind.Capture:
            case NodeKind.Plus:
            case NodeKind.Repeat when node.Min >= 1:
                return Of(node.Subs[0], depth + 1);
            case NodeKind.Concat:
                var first = Array.FindIndex(node.Subs, sub => sub.Kind != NodeKind.Assertion);
                return first < 0 ? null : Of(node.Subs[first], depth + 1);
            case NodeKind.Alternate:
                var all = new List<string>();
                foreach (var branch in node.Subs)
                {
                    var strings = Of(branch, depth + 1);
                    if (strings is null || all.Count + strings.Count > MaxStrings)
                    {
                        return null;
                    }

                    all.AddRange(strings);
                }

                return all;
            default:
                return null;
        }
    }

    private static List<string>? SmallClass(CharClass charClass)
    {
        var strings = new List<string>();
        var ranges = charClass.Ranges;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            for (var rune = ranges[i]; rune <= ranges[i + 1]; rune++)
            {
                if (strings.Count == MaxClassRunes || !IsScalar(rune))
                {
                    return null;
                }

                strings.Add(char.ConvertFromUtf32(rune));
            }
        }

        return strings;
    }

    private static string Text(int[] runes)
    {
        var text = new StringBuilder(runes.Length);
        foreach (var rune in runes)
        {
            text.Append(char.ConvertFromUtf32(rune));
        }

        return text.ToString();
    }

    private static bool IsScalar(int rune) => rune is < 0xD800 or (> 0xDFFF and <= CharClass.MaxRune);
}
