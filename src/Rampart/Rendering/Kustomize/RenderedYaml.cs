using System.Globalization;
using System.Text;
using Rampart.Loading;

namespace Rampart.Rendering.Kustomize;

/// <summary>
/// Prints rendered objects as <c>kubectl kustomize</c> does: documents separated by <c>---</c>, fields in the order
/// the build left them, two-space indentation with list items at their key's column, scalars in the style they were
/// written in (a plain one quoted when it would read back as another type), multi-line text as literal blocks.
/// </summary>
public static class RenderedYaml
{
    private const int MaxDepth = 1000;

    public static string Print(IEnumerable<RenderedObject> objects)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var rendered in objects)
        {
            if (!first)
            {
                sb.Append("---\n");
            }

            first = false;
            Mapping(sb, rendered.Root, 0, inline: false, 0);
        }

        return sb.ToString();
    }

    private static void Mapping(StringBuilder sb, MappingNode map, int indent, bool inline, int depth)
    {
        var firstEntry = true;
        foreach (var entry in map.Entries)
        {
            if (!(inline && firstEntry))
            {
                sb.Append(' ', indent);
            }

            firstEntry = false;
            sb.Append(entry.Key is ScalarNode key ? Scalar(key, indent) : "\"\"").Append(':');
            Value(sb, entry.Value, indent, depth + 1);
        }
    }

    /// <summary>A value after <c>key:</c>: on the same line when it is a scalar or empty, else on the lines below.</summary>
    private static void Value(StringBuilder sb, Node value, int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            sb.Append(" null\n");
            return;
        }

        switch (value)
        {
            case MappingNode { Count: > 0 } map:
                sb.Append('\n');
                Mapping(sb, map, indent + 2, inline: false, depth);
                break;
            case SequenceNode { Count: > 0 } list:
                sb.Append('\n');
                Sequence(sb, list, indent, depth);
                break;
            default:
                sb.Append(' ').Append(Inline(value, indent)).Append('\n');
                break;
        }
    }

    private static void Sequence(StringBuilder sb, SequenceNode list, int indent, int depth)
    {
        foreach (var item in list.Items)
        {
            sb.Append(' ', indent).Append('-');
            Item(sb, item, indent + 2, depth + 1);
        }
    }

    private static void Item(StringBuilder sb, Node item, int indent, int depth)
    {
        switch (item)
        {
            case MappingNode { Count: > 0 } map when depth <= MaxDepth:
                sb.Append(' ');
                Mapping(sb, map, indent, inline: true, depth);
                break;
            case SequenceNode { Count: > 0 } inner when depth <= MaxDepth:
                sb.Append(' ');
                var first = true;
                foreach (var nested in inner.Items)
                {
                    sb.Append(first ? "" : new string(' ', indent)).Append('-');
                    first = false;
                    Item(sb, nested, indent + 2, depth + 1);
                }

                break;
            default:
                sb.Append(' ').Append(Inline(item, indent - 2)).Append('\n');
                break;
        }
    }

    private static string Inline(Node node, int indent) => node switch
    {
        MappingNode => "{}",
        SequenceNode => "[]",
        ScalarNode scalar => Scalar(scalar, indent),
        _ => "null",
    };

    private static string Scalar(ScalarNode scalar, int indent)
    {
        var text = scalar.Text;
        if (scalar.Kind != ScalarKind.String)
        {
            return text.Length == 0 ? "null" : text;
        }

        if (text.Contains('\n', StringComparison.Ordinal) && scalar.Style != ScalarStyle.DoubleQuoted && !NeedsEscapes(text))
        {
            return Literal(text, indent);
        }

        return scalar.Style switch
        {
            ScalarStyle.SingleQuoted when !NeedsEscapes(text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
            ScalarStyle.DoubleQuoted => DoubleQuoted(text),
            _ when PlainIsSafe(text) => text,
            _ => NeedsEscapes(text) ? DoubleQuoted(text) : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        };
    }

    private static string Literal(string text, int indent)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        var chomp = trailing switch { 0 => "-", 1 => "", _ => "+" };
        var body = trailing == 0 ? text : text[..^trailing];
        var pad = new string(' ', indent + 2);
        var indicator = body.StartsWith(' ') ? "2" : "";
        var sb = new StringBuilder("|").Append(indicator).Append(chomp);
        foreach (var line in body.Split('\n'))
        {
            sb.Append('\n');
            if (line.Length > 0)
            {
                sb.Append(pad).Append(line);
            }
        }

        for (var i = 1; i < trailing; i++)
        {
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Whether a string may stand unquoted and still read back as the same string.</summary>
    private static bool PlainIsSafe(string text)
    {
        if (text.Length == 0 || text != text.Trim() || NeedsEscapes(text) || text.Contains('\n', StringComparison.Ordinal)
            || "-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal) && !(text.Length > 1 && text[0] is '-' or '?' or ':' && text[1] != ' ')
            || text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return false;
        }

        return ScalarResolver.Resolve(text, plain: true, tag: null).Kind == ScalarKind.String;
    }

    private static bool NeedsEscapes(string text) => text.Any(c => c is '\t' or '\r' || (char.IsControl(c) && c != '\n'));

    private static string DoubleQuoted(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
