using System.Text;
using Rampart.Findings;
using Rampart.Loading;
using Rampart.Rendering;

namespace Rampart.Scanning;

/// <summary>
/// Moves a finding on a rendered object to where a person can change it: the node the analyzer points at (its field
/// path, or its line and column when it names no field), in the file that set it (<see cref="Node.Origin"/>), else
/// the nearest ancestor with an origin, else the object's root; and records the entry point and the chain of files.
/// </summary>
/// <param name="segments">
/// The keys and indexes of the field paths met so far, by path, shared by the objects one worker analyzes: the same few
/// hundred paths come back on every rendered object, and each was cut into new strings for every finding.
/// </param>
internal sealed class RenderedLocation(EntryPoint entryPoint, RenderedObject rendered, Dictionary<string, string[]> segments)
{
    /// <summary>The origins made so far, by the file a finding landed in: the findings of one object in one file share one (a scan of many overlays keeps tens of thousands of findings).</summary>
    private List<(string Path, RenderOrigin Origin)>? origins;

    public Finding Relocate(Finding finding)
    {
        var (location, origin) = Place(finding);
        return finding with { Location = location, Origin = origin };
    }

    /// <summary>Where <see cref="Relocate"/> moves the finding, and its origin, for a caller that changes more of the finding at once.</summary>
    public (SourceLocation Location, RenderOrigin Origin) Place(Finding finding)
    {
        var (anchor, origin) = finding.Location.FieldPath is { } fieldPath
            ? Walk(rendered.Root, SegmentsOf(fieldPath))
            : Find(rendered.Root, null, finding.Location.Line, finding.Location.Column) ?? (rendered.Root, rendered.Root.Origin);
        var path = origin?.Path ?? rendered.Source;
        var same = anchor.Start.Line == finding.Location.Line && path == finding.Location.Path;
        var location = finding.Location with
        {
            Path = path,
            Line = anchor.Start.Line,
            Column = anchor.Start.Column,
            EndLine = same ? finding.Location.EndLine : 0,
            EndColumn = same ? finding.Location.EndColumn : 0,
        };
        return (location, OriginOf(path));
    }

    private string[] SegmentsOf(string fieldPath)
    {
        if (!segments.TryGetValue(fieldPath, out var parts))
        {
            parts = [.. Segments(fieldPath)];
            segments[fieldPath] = parts;
        }

        return parts;
    }

    private RenderOrigin OriginOf(string path)
    {
        origins ??= [];
        foreach (var (made, origin) in origins)
        {
            if (made == path)
            {
                return origin;
            }
        }

        // Each file once, in the order first met; a chain is a few files, so a set would cost more than it saves.
        var files = new List<string>(rendered.Chain.Count + 3);
        AddOnce(files, entryPoint.File);
        foreach (var file in rendered.Chain)
        {
            AddOnce(files, file);
        }

        AddOnce(files, rendered.Source);
        AddOnce(files, path);
        var added = new RenderOrigin(
            RenderStage.KindName(entryPoint.Kind),
            entryPoint.Name,
            new SourceLocation(entryPoint.File, entryPoint.Line, 1),
            [.. files]);
        origins.Add((path, added));
        return added;
    }

    private static void AddOnce(List<string> files, string file)
    {
        foreach (var known in files)
        {
            if (string.Equals(known, file, StringComparison.Ordinal))
            {
                return;
            }
        }

        files.Add(file);
    }

    /// <summary>
    /// Follows <paramref name="fieldPath"/> (the segments of <c>spec.containers[0].securityContext['x.y']</c>) as far as it exists: the
    /// key of the last field found (or the list item), with the origin of the deepest node on the way that has one; the
    /// value itself when it is a scalar set in another place than its key.
    /// </summary>
    private static (Node Anchor, NodeOrigin? Origin) Walk(MappingNode root, string[] fieldPath)
    {
        Node current = root;
        Node anchor = root;
        var origin = root.Origin;
        foreach (var segment in fieldPath)
        {
            Node? next = null;
            Node? key = null;
            if (current is SequenceNode sequence && int.TryParse(segment, out var index))
            {
                next = index >= 0 && index < sequence.Count ? sequence[index] : null;
            }
            else if (current is MappingNode map && map.TryGetEntry(segment, out var entry))
            {
                next = entry.Value;
                key = entry.Key;
            }

            if (next is null)
            {
                break;
            }

            current = next;
            anchor = key ?? next;
            origin = anchor.Origin ?? next.Origin ?? origin;
        }

        // A value set elsewhere than its key (a Flux variable, a Helm value, an Argo CD parameter) stands where it was set.
        if (current is ScalarNode { Origin: { } valueOrigin } && anchor != current && (valueOrigin.Path != origin?.Path || current.Start.Line != anchor.Start.Line))
        {
            return (current, valueOrigin);
        }

        return (anchor, origin);
    }

    /// <summary>The first node in document order that starts at the line and column, with its nearest origin.</summary>
    private static (Node, NodeOrigin?)? Find(Node node, NodeOrigin? inherited, int line, int column)
    {
        var origin = node.Origin ?? inherited;
        if (node.Start.Line == line && node.Start.Column == column)
        {
            return (node, origin);
        }

        switch (node)
        {
            case MappingNode map:
                foreach (var entry in map.Entries)
                {
                    if (entry.Key.Start.Line == line && entry.Key.Start.Column == column)
                    {
                        return (entry.Key, entry.Key.Origin ?? origin);
                    }

                    if (Find(entry.Value, origin, line, column) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    if (Find(item, origin, line, column) is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }

    /// <summary>The keys and indexes of a field path: <c>a.b[0]['c.d'][e/f]</c> gives a, b, 0, c.d, e/f.</summary>
    internal static IEnumerable<string> Segments(string fieldPath)
    {
        var i = 0;
        while (i < fieldPath.Length)
        {
            var c = fieldPath[i];
            if (c == '.')
            {
                i++;
                continue;
            }

            if (c == '[')
            {
                if (i + 1 < fieldPath.Length && fieldPath[i + 1] == '\'')
                {
                    var key = new StringBuilder();
                    var j = i + 2;
                    for (; j < fieldPath.Length && fieldPath[j] != '\''; j++)
                    {
                        if (fieldPath[j] == '\\' && j + 1 < fieldPath.Length)
                        {
                            j++;
                        }

                        key.Append(fieldPath[j]);
                    }

                    yield return key.ToString();
                    i = j + 2; // past the quote and the bracket
                    continue;
                }

                var close = fieldPath.IndexOf(']', i + 1);
                if (close < 0)
                {
                    yield break;
                }

                yield return fieldPath[(i + 1)..close];
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < fieldPath.Length && fieldPath[end] != '.' && fieldPath[end] != '[')
            {
                end++;
            }

            yield return fieldPath[i..end];
            i = end;
        }
    }
}
