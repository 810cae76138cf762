using Rampart.Findings;

namespace Rampart.Cli.Output;

/// <summary>
/// One row of a file's table: a finding, or the same problem found in several containers of one workload (same rule,
/// resource, status, severity and message, the field differing only in the container's index), shown once with the
/// containers listed. Grouping is the table's alone: every other format keeps one finding per container.
/// </summary>
internal sealed record TableRow(Finding First, string Message, IReadOnlyList<string> Containers)
{
    /// <summary>The rows of one file's findings, in their order: a group stands where its first finding stands.</summary>
    public static List<TableRow> Group(IReadOnlyList<Finding> findings)
    {
        var rows = new List<TableRow>();
        var groups = new Dictionary<(string, ResourceRef?, FindingStatus, Severity, ChangeKind?, string, string), int>();
        foreach (var finding in findings)
        {
            if (finding.Location.FieldPath is not { } field || Split(finding.Message) is not var (message, container))
            {
                rows.Add(new TableRow(finding, finding.Message, []));
                continue;
            }

            var key = (finding.RuleId, finding.Resource, finding.Status, finding.Severity, finding.Change, WithoutIndexes(field), message);
            if (groups.TryGetValue(key, out var index) && !rows[index].Containers.Contains(container))
            {
                rows[index] = rows[index] with { Containers = [.. rows[index].Containers, container] };
            }
            else
            {
                groups[key] = rows.Count;
                rows.Add(new TableRow(finding, message, [container]));
            }
        }

        return [.. rows.Select(row => row.Containers.Count == 1 ? row with { Message = row.First.Message, Containers = [] } : row)];
    }

    /// <summary>The message the row shows: the problem once, then the containers it was found in.</summary>
    public string Text => Containers.Count == 0 ? Message : $"{Message} ({Containers.Count} containers: {string.Join(", ", Containers)})";

    private static readonly string[] ContainerLists = ["initContainers[", "containers[", "ephemeralContainers["];

    /// <summary>
    /// A message that ends with the container it is about, as policies write it (<c>… (containers[1] "sidecar")</c>),
    /// split into the problem and the container's name (or its place when it has none); null for any other message.
    /// </summary>
    internal static (string Message, string Container)? Split(string message)
    {
        if (!message.EndsWith(')'))
        {
            return null;
        }

        var open = message.LastIndexOf(" (", StringComparison.Ordinal);
        while (open >= 0)
        {
            var inner = message[(open + 2)..^1];
            if (ContainerLists.FirstOrDefault(l => inner.StartsWith(l, StringComparison.Ordinal)) is { } list)
            {
                var close = inner.IndexOf(']', list.Length);
                var digits = close < 0 ? "" : inner[list.Length..close];
                if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
                {
                    var rest = inner[(close + 1)..];
                    if (rest.Length == 0)
                    {
                        return (message[..open], inner);
                    }

                    if (rest.Length >= 3 && rest.StartsWith(" \"", StringComparison.Ordinal) && rest.EndsWith('"'))
                    {
                        return (message[..open], rest[2..^1]);
                    }
                }
            }

            open = open == 0 ? -1 : message.LastIndexOf(" (", open - 1, StringComparison.Ordinal);
        }

        return null;
    }

    /// <summary><c>spec.containers[2].image</c> as <c>spec.containers[*].image</c>: the same field of any container.</summary>
    private static string WithoutIndexes(string field)
    {
        var text = new System.Text.StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            text.Append(field[i]);
            if (field[i] == '[' && i + 1 < field.Length && char.IsAsciiDigit(field[i + 1]))
            {
                while (i + 1 < field.Length && char.IsAsciiDigit(field[i + 1]))
                {
                    i++;
                }

                text.Append('*');
            }
        }

        return text.ToString();
    }
}
