using System.Text;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Duplicate items in <c>x-kubernetes-list-type: map</c> lists (items with equal key fields, missing keys taking
/// their schema default) and <c>set</c> lists (equal items), reported on the later item as the API server does.
/// </summary>
internal static class ListChecks
{
    public static void CheckDuplicates(CompiledSchema schema, SequenceNode list, ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var identity = schema.ListType == ListType.Map
                ? MapKey(schema, item)
                : Canonical(item, new StringBuilder(), 0).ToString();
            if (identity is not null && !seen.Add(identity))
            {
                context.Path.PushIndex(i);
                context.Report(SchemaRules.DuplicateItem, item, $"duplicate value: {FindingText.Cut(identity)}");
                context.Path.Pop();
            }
        }
    }

    /// <summary>The item's key fields as JSON (<c>{"containerPort":88,"protocol":"TCP"}</c>), or null when it is not an object.</summary>
    private static string? MapKey(CompiledSchema schema, Node item)
    {
        if (item is not MappingNode map)
        {
            return null;
        }

        var text = new StringBuilder("{");
        foreach (var key in schema.ListMapKeys)
        {
            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append('"').Append(key.Name).Append("\":");
            if (map.TryGetValue(key.Name, out var value) && value is not ScalarNode { Kind: ScalarKind.Null })
            {
                Canonical(value, text, 0);
            }
            else if (key.Default is not null)
            {
                var isString = schema.Items?.Properties is { } p && p.TryGetValue(key.Name, out var field) && field.Kind == SchemaKind.String;
                text.Append(isString ? $"\"{key.Default}\"" : key.Default);
            }
            else
            {
                text.Append("null");
            }
        }

        return text.Append('}').ToString();
    }

    /// <summary>A canonical JSON-like text of a node: equal values give equal text.</summary>
    private static StringBuilder Canonical(Node node, StringBuilder text, int depth)
    {
        if (depth > 64)
        {
            return text.Append('…');
        }

        switch (node)
        {
            case ScalarNode { Kind: ScalarKind.String } s:
                text.Append('"').Append(s.Text.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case ScalarNode { Kind: ScalarKind.Null }:
                text.Append("null");
                break;
            case ScalarNode { Kind: ScalarKind.Bool } b:
                text.Append(b.Bool ? "true" : "false");
                break;
            case ScalarNode { Kind: ScalarKind.Int, IsUnsigned: false } n:
                text.Append(n.Int);
                break;
            case ScalarNode s:
                text.Append(s.Text);
                break;
            case SequenceNode list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    Canonical(list[i], text, depth + 1);
                }

                text.Append(']');
                break;
            case MappingNode map:
                text.Append('{');
                var first = true;
                foreach (var entry in map.Entries.OrderBy(e => e.KeyText, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    text.Append('"').Append(entry.KeyText).Append("\":");
                    Canonical(entry.Value, text, depth + 1);
                }

                text.Append('}');
                break;
        }

        return text;
    }
}
