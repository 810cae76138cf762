using System.Buffers;
using System.Globalization;
using System.Text;

namespace Rampart.Reporting;

/// <summary>Text clean-up shared by the writers (the engine's and a host's): messages come from hostile files and must not break a format.</summary>
public static class ReportText
{
    /// <summary>"1 finding", "2 findings".</summary>
    public static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    /// <summary>The coverage line of the table and Markdown summaries: the files by outcome.</summary>
    public static string Coverage(ScanReport report)
    {
        var coverage = report.Coverage;
        return $"Coverage: {ReportText.Plural(coverage.Manifests, "manifest", "manifests")} "
            + $"({ReportText.Plural(report.ResourcesScanned, "resource", "resources")}) checked, {coverage.NotRendered} not rendered, "
            + $"{coverage.WithoutObjects} YAML/JSON without Kubernetes objects, "
            + $"{coverage.NotScanned} not scanned.";
    }

    /// <summary>The last line of the table and Markdown summaries: how much was not checked, by reason (<c>Not checked: nothing.</c> when nothing).</summary>
    public static string NotChecked(ScanReport report)
    {
        var counts = report.Coverage.NotCheckedByReason;
        var parts = NotCheckedReason.All
            .Where(reason => counts.GetValueOrDefault(reason.Key) > 0)
            .Select(reason => Plural(counts[reason.Key], reason.One, reason.Many))
            .ToList();
        return parts.Count == 0 ? "Not checked: nothing." : $"Not checked: {string.Join(", ", parts)}.";
    }

    /// <summary>
    /// What was rendered and what was not checked, for the end of the table and the Markdown summary: empty when the
    /// scan met no entry point and nothing was left unchecked.
    /// </summary>
    public static IReadOnlyList<string> Rendering(ScanReport report)
    {
        var coverage = report.Coverage;
        if (coverage.EntryPoints == 0 && coverage.NotChecked.Count == 0)
        {
            return [];
        }

        List<string> lines = [$"Rendered: {Plural(coverage.EntryPoints, "entry point", "entry points")}, "
            + $"{Plural(coverage.RenderedObjects, "object", "objects")} checked, "
            + $"{Plural(coverage.RenderInputs, "file", "files")} checked through what they render to; "
            + (coverage.NotChecked.Count == 0 ? "nothing left unchecked." : $"not checked ({coverage.NotChecked.Count}):")];
        const int Listed = 20;
        lines.AddRange(coverage.NotChecked.Take(Listed).Select(why => "  - " + OneLine(why)));
        if (coverage.NotChecked.Count > Listed)
        {
            lines.Add($"  - … and {coverage.NotChecked.Count - Listed} more (see the JSON report's coverage.notChecked)");
        }

        return lines;
    }

    /// <summary>Replaces unpaired UTF-16 surrogates with U+FFFD so that every encoder accepts the text.</summary>
    public static string WellFormed(string text)
    {
        var bad = FirstUnpairedSurrogate(text);
        if (bad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending with an ellipsis when
    /// cut, and never between the two halves of a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int max) => Findings.FindingText.Cut(text, max);

    /// <summary>Folds line breaks and other control characters into spaces, for one-line renderings.</summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// U+D800 to U+DFFF. A search with these values runs code the framework precompiled; the generic range search over
    /// <c>char</c> is compiled at run time and, until the runtime optimises it, boxes each character it compares.
    /// </summary>
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(string.Create(0x800, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)(0xD800 + i);
        }
    }));

    private static int FirstUnpairedSurrogate(string text)
    {
        // Most text has no surrogate at all: a vectorised search for the first one spares looking at each character.
        var first = text.AsSpan().IndexOfAny(Surrogates);
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
