using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Follows a validation rule's <c>fieldPath</c> (<c>.spec.replicas</c>, <c>.labels['app.kubernetes.io/name']</c>,
/// <c>.items[0]</c>) from the value the rule is on to the node it names, for the finding's location. Null when the
/// path does not parse or leads nowhere in this object (the finding then stays on the rule's value).
/// </summary>
internal static class RelativeField
{
    /// <summary>One step: a field name, or an index when <see cref="Field"/> is null.</summary>
    public readonly record struct Step(string? Field, int Index);

    public static (Node Node, List<Step> Steps)? Resolve(Node start, string fieldPath)
    {
        var steps = new List<Step>();
        var node = start;
        var i = 0;
        while (i < fieldPath.Length)
        {
            Step step;
            if (fieldPath[i] == '.')
            {
                var end = i + 1;
                while (end < fieldPath.Length && fieldPath[end] is not ('.' or '['))
                {
                    end++;
                }

                step = new Step(fieldPath[(i + 1)..end], -1);
                i = end;
            }
            else if (fieldPath[i] == '[' && fieldPath.IndexOf(']', i) is var close and > 0)
            {
                var inner = fieldPath[(i + 1)..close];
                step = inner.Length >= 2 && inner[0] == '\'' && inner[^1] == '\''
                    ? new Step(inner[1..^1], -1)
                    : int.TryParse(inner, out var index) ? new Step(null, index) : default;
                i = close + 1;
            }
            else
            {
                return null;
            }

            Node? next = (step, node) switch
            {
                ({ Field: { Length: > 0 } field }, MappingNode map) => map[field],
                ({ Field: null, Index: >= 0 }, SequenceNode list) when step.Index < list.Count => list[step.Index],
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            steps.Add(step);
            node = next;
        }

        return steps.Count > 0 ? (node, steps) : null;
    }
}
