namespace Rampart.Findings;

/// <summary>
/// Bounds for text that findings carry. Messages quote values from scanned files, and those files are written
/// by whoever opens a pull request: a value is quoted up to <see cref="MaxQuoted"/> characters and a whole
/// message is kept up to <see cref="MaxMessage"/>, each cut with an ellipsis, so that a megabyte field makes
/// a short message and memory stays bounded whatever the input.
/// </summary>
public static class FindingText
{
    /// <summary>The longest value a message quotes (a name, a key, a scalar), ellipsis included.</summary>
    public const int MaxQuoted = 200;

    /// <summary>The longest message a finding keeps, ellipsis included.</summary>
    public const int MaxMessage = 2_000;

    /// <summary>
    /// <paramref name="text"/> when it has at most <paramref name="max"/> characters; otherwise its start, cut
    /// so that the result with the ellipsis has <paramref name="max"/> characters, never between the two halves
    /// of a surrogate pair.
    /// </summary>
    public static string Cut(string text, int max = MaxQuoted)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Math.Max(0, max - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>
    /// <paramref name="resource"/> as <see cref="ResourceRef.ToString"/> writes it, cut to <paramref name="max"/>
    /// characters without first copying a long kind, namespace or name whole.
    /// </summary>
    public static string Cut(ResourceRef resource, int max = MaxQuoted)
    {
        var kind = Cut(resource.Kind, max);
        var name = Cut(resource.Name ?? "", max);
        return Cut(resource.Namespace is { } ns ? $"{kind}/{Cut(ns, max)}/{name}" : $"{kind}/{name}", max);
    }
}
