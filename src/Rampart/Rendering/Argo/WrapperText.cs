using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rampart.Rendering.Argo;

/// <summary>
/// The text of a YAML file whose entries stand at chosen lines, so that a node read from it has the line of the
/// field it was made from in another file. A group (a key and its items) that cannot keep its lines goes on one line,
/// in flow style.
/// </summary>
internal sealed class WrapperText
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SortedDictionary<int, string> lines = [];

    public static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);

    /// <summary>A key with a scalar value at <paramref name="line"/>.</summary>
    public void Scalar(int line, string key, string value) => Place(line, $"{key}: {Quote(value)}");

    /// <summary>A key at <paramref name="line"/> with block items (each a one-line flow node) at theirs.</summary>
    public void Group(int line, string key, IReadOnlyList<(int Line, string Item)> items, bool sequence)
    {
        var distinct = items.Select(i => i.Line).Distinct().Count() == items.Count;
        if (!lines.ContainsKey(line) && distinct && items.All(i => i.Line > line && !lines.ContainsKey(i.Line)))
        {
            lines[line] = key + ":";
            foreach (var (itemLine, item) in items)
            {
                lines[itemLine] = sequence ? "- " + item : "  " + item;
            }

            return;
        }

        var flow = string.Join(", ", items.Select(i => i.Item));
        Place(line, sequence ? $"{key}: [{flow}]" : $"{key}: {{{flow}}}");
    }

    /// <summary>A key with block items after every line used so far.</summary>
    public void Append(string key, IEnumerable<string> items)
    {
        var next = lines.Count == 0 ? 1 : lines.Keys.Max() + 1;
        lines[next++] = key + ":";
        foreach (var item in items)
        {
            lines[next++] = "- " + item;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        var current = 1;
        foreach (var (line, content) in lines)
        {
            for (; current < line; current++)
            {
                text.Append('\n');
            }

            text.Append(content).Append('\n');
            current++;
        }

        return text.ToString();
    }

    private void Place(int line, string content)
    {
        var at = lines.ContainsKey(line) ? lines.Keys.Max() + 1 : line;
        lines[at] = content;
    }
}
