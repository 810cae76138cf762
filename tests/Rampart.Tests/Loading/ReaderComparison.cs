using System.Text;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>
/// Loads a text with the block reader on and off and says where the results differ: every document's index, start,
/// template mark, problems (rule, message, place) and directives, and every node of its tree (type, places, tag,
/// origin, and for scalars text, style, kind and value).
/// </summary>
internal static class ReaderComparison
{
    /// <summary>Null when both loaders give the same documents; otherwise the first difference.</summary>
    public static string? Difference(string path, string text, ReaderCounts counts, bool origins = false, LoadLimits? limits = null)
    {
        var fast = new YamlLoader(limits ?? LoadLimits.Default) { Counts = counts, RecordOrigins = origins }.Load(path, text).ToList();
        var full = new YamlLoader(limits ?? LoadLimits.Default) { BlockReader = false, RecordOrigins = origins }.Load(path, text).ToList();
        return Documents(fast, full);
    }

    /// <summary>The same, for the text as UTF-8 bytes (the path files take).</summary>
    public static string? DifferenceOfBytes(string path, byte[] bytes, ReaderCounts counts)
    {
        var fast = new YamlLoader { Counts = counts }.Load(path, new MemoryStream(bytes)).ToList();
        var full = new YamlLoader { BlockReader = false }.Load(path, new MemoryStream(bytes)).ToList();
        return Documents(fast, full);
    }

    private static string? Documents(List<LoadedDocument> fast, List<LoadedDocument> full)
    {
        if (fast.Count != full.Count)
        {
            return $"{fast.Count} documents, the full parser read {full.Count}";
        }

        for (var i = 0; i < fast.Count; i++)
        {
            var (a, b) = (fast[i], full[i]);
            var where = $"document {i} (line {b.Start.Line})";
            if (a.Index != b.Index || a.Start != b.Start || a.TemplateAction != b.TemplateAction || a.WholeFile != b.WholeFile)
            {
                return $"{where}: index/start/template {a.Index} {a.Start} {a.TemplateAction} vs {b.Index} {b.Start} {b.TemplateAction}";
            }

            var problemsA = string.Join("\n", a.Problems.Select(p => $"{p.RuleId} {p.Location} {p.Message}"));
            var problemsB = string.Join("\n", b.Problems.Select(p => $"{p.RuleId} {p.Location} {p.Message}"));
            if (problemsA != problemsB)
            {
                return $"{where}: problems\n{problemsA}\nvs\n{problemsB}";
            }

            var directivesA = string.Join("\n", a.Directives.Select(d => d.ToString()));
            var directivesB = string.Join("\n", b.Directives.Select(d => d.ToString()));
            if (directivesA != directivesB)
            {
                return $"{where}: directives {directivesA} vs {directivesB}";
            }

            if (Nodes(a.Root, b.Root, "$") is { } difference)
            {
                return $"{where}: {difference}";
            }
        }

        return null;
    }

    private static string? Nodes(Node? a, Node? b, string at)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{at}: {Describe(a)} vs {Describe(b)}";
        }

        if (a.GetType() != b.GetType() || a.Start != b.Start || a.End != b.End || a.Tag != b.Tag || a.Origin?.Path != b.Origin?.Path)
        {
            return $"{at}: {Describe(a)} vs {Describe(b)}";
        }

        switch (a, b)
        {
            case (ScalarNode x, ScalarNode y):
                var same = x.Text == y.Text && x.Style == y.Style && x.Kind == y.Kind && x.Bool == y.Bool && x.Int == y.Int
                    && x.UInt == y.UInt && x.IsUnsigned == y.IsUnsigned && BitConverter.DoubleToInt64Bits(x.Float) == BitConverter.DoubleToInt64Bits(y.Float)
                    && x.KeyText == y.KeyText;
                return same ? null : $"{at}: {Describe(a)} vs {Describe(b)}";
            case (MappingNode x, MappingNode y):
                if (x.Count != y.Count)
                {
                    return $"{at}: {x.Count} entries vs {y.Count}";
                }

                for (var i = 0; i < x.Count; i++)
                {
                    var key = $"{at}.{y.Entries[i].KeyText}";
                    if ((Nodes(x.Entries[i].Key, y.Entries[i].Key, key + "(key)") ?? Nodes(x.Entries[i].Value, y.Entries[i].Value, key)) is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case (SequenceNode x, SequenceNode y):
                if (x.Count != y.Count)
                {
                    return $"{at}: {x.Count} items vs {y.Count}";
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (Nodes(x[i], y[i], $"{at}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string Describe(Node? node) => node switch
    {
        null => "nothing",
        ScalarNode s => $"scalar {s.Start}-{s.End} {s.Style} {s.Kind} tag={s.Tag} \"{Escape(s.Text)}\"",
        MappingNode m => $"mapping {m.Start}-{m.End} tag={m.Tag} ({m.Count})",
        SequenceNode q => $"sequence {q.Start}-{q.End} tag={q.Tag} ({q.Count})",
        _ => node.GetType().Name,
    };

    private static string Escape(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 80 ? text[..80] : text)
        {
            shown.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => c.ToString() });
        }

        return shown.ToString();
    }
}
