using System.Globalization;
using System.Text;

namespace Rampart.Schemas;

/// <summary>
/// The path of the field being validated, kept as a stack of segments so that the happy path allocates
/// nothing; formatted the way kubectl names fields only when a violation is reported:
/// <c>spec.template.spec.containers[0].ports[0].containerPort</c>. Map keys read like fields
/// (<c>resources.requests.cpu</c>) unless they contain characters other than letters, digits, <c>-</c> and
/// <c>_</c> (<c>metadata.labels[app.kubernetes.io/name]</c>).
/// </summary>
internal sealed class FieldPathBuilder
{
    private Segment[] segments = new Segment[16];
    private int count;

    public int Depth => count;

    public void Push(string field) => Add(new Segment(field, -1, false));

    public void PushKey(string key) => Add(new Segment(key, -1, true));

    public void PushIndex(int index) => Add(new Segment(null, index, false));

    public void Pop() => count--;

    public override string ToString() => Format(null);

    /// <summary>The current path with one more field appended (for a missing or unknown field).</summary>
    public string WithField(string field) => Format(field);

    private void Add(Segment segment)
    {
        if (count == segments.Length)
        {
            Array.Resize(ref segments, count * 2);
        }

        segments[count++] = segment;
    }

    private string Format(string? extra)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var s = segments[i];
            if (s.Name is null)
            {
                text.Append('[').Append(s.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (s.IsKey && !IsPlain(s.Name))
            {
                text.Append('[').Append(s.Name).Append(']');
            }
            else
            {
                AppendField(text, s.Name);
            }
        }

        if (extra is not null)
        {
            AppendField(text, extra);
        }

        return text.ToString();
    }

    private static bool IsPlain(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendField(StringBuilder text, string name)
    {
        if (text.Length > 0)
        {
            text.Append('.');
        }

        text.Append(name);
    }

    private readonly record struct Segment(string? Name, int Index, bool IsKey);
}
