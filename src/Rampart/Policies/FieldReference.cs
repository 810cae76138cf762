using System.Globalization;
using System.Text;

namespace Rampart.Policies;

/// <summary>
/// A field named by a policy's location hint: a root (<c>object</c>, <c>variables.&lt;name&gt;</c>, or the
/// item variable of an <c>all()</c> the validation iterates with) followed by field names, list indexes and
/// quoted map keys: <c>c.securityContext.capabilities.add</c>, <c>object.metadata.annotations['a/b']</c>,
/// <c>variables.podSpec.volumes[0]</c>.
/// </summary>
public sealed record FieldReference(string Text, string Root, IReadOnlyList<FieldSegment> Segments)
{
    /// <summary>Parses <paramref name="text"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static FieldReference? Parse(string text, out string? error)
    {
        error = null;
        var s = text.Trim();
        var i = 0;
        var root = ReadIdentifier(s, ref i);
        if (root is null)
        {
            error = $"a field reference starts with 'object', 'variables.<name>' or an item variable, not '{s}'";
            return null;
        }

        var segments = new List<FieldSegment>();
        while (i < s.Length)
        {
            if (s[i] == '.')
            {
                i++;
                var name = ReadIdentifier(s, ref i);
                if (name is null)
                {
                    error = $"expected a field name at offset {i} of '{s}'";
                    return null;
                }

                segments.Add(FieldSegment.Field(name));
            }
            else if (s[i] == '[')
            {
                var segment = ReadBracket(s, ref i, out error);
                if (segment is null)
                {
                    return null;
                }

                segments.Add(segment.Value);
            }
            else
            {
                error = $"unexpected '{s[i]}' at offset {i} of '{s}'";
                return null;
            }
        }

        if (root == "variables")
        {
            if (segments.Count == 0 || segments[0].IsIndex)
            {
                error = "'variables' must be followed by a variable name";
                return null;
            }

            root = "variables." + segments[0].Key;
            segments.RemoveAt(0);
        }

        return new FieldReference(s, root, segments);
    }

    /// <summary>The part after the root, as a field path suffix (<c>.securityContext.privileged</c>, <c>[0]</c>).</summary>
    public string RelativePath
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var segment in Segments)
            {
                AppendSegment(sb, segment);
            }

            return sb.ToString();
        }
    }

    internal static void AppendSegment(StringBuilder sb, FieldSegment segment)
    {
        if (segment.IsIndex)
        {
            sb.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else if (IsPlainName(segment.Key!))
        {
            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(segment.Key);
        }
        else
        {
            sb.Append("['").Append(segment.Key!.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    private static bool IsPlainName(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? ReadIdentifier(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        return i == start || char.IsAsciiDigit(s[start]) ? null : s[start..i];
    }

    private static FieldSegment? ReadBracket(string s, ref int i, out string? error)
    {
        error = null;
        i++; // '['
        if (i < s.Length && (s[i] == '\'' || s[i] == '"'))
        {
            var quote = s[i++];
            var sb = new StringBuilder();
            while (i < s.Length && s[i] != quote)
            {
                if (s[i] == '\\' && i + 1 < s.Length)
                {
                    i++;
                }

                sb.Append(s[i++]);
            }

            if (i + 1 >= s.Length || s[i + 1] != ']')
            {
                error = $"unterminated map key in '{s}'";
                return null;
            }

            i += 2;
            return FieldSegment.Field(sb.ToString());
        }

        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i == start || i >= s.Length || s[i] != ']' || !int.TryParse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            error = $"expected a list index or a quoted key in brackets in '{s}'";
            return null;
        }

        i++;
        return FieldSegment.Item(index);
    }
}
