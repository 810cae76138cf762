using System.Text;

namespace Rampart.History;

/// <summary>
/// The path of a <c>+++ b/PATH</c> line of a git patch: as written, or in double quotes with C-style escapes
/// (git quotes names with newlines, tabs, quotes, backslashes and control characters), decoded as UTF-8
/// (bytes that are not UTF-8 become U+FFFD).
/// </summary>
internal static class GitPath
{
    private static readonly UTF8Encoding Lenient = new(false, false);

    /// <summary>The path after the <c>b/</c> prefix, or null for <c>/dev/null</c> (a deleted file).</summary>
    public static string? Parse(ReadOnlySpan<byte> field)
    {
        byte[]? unquoted = null;
        if (field.Length >= 2 && field[0] == (byte)'"')
        {
            unquoted = Unquote(field[1..]);
            field = unquoted;
        }
        else if (field.Length > 0 && field[^1] == (byte)'\t')
        {
            // git ends the name with a tab when it contains a space.
            field = field[..^1];
        }

        if (unquoted is null && field.SequenceEqual("/dev/null"u8))
        {
            return null;
        }

        if (field.StartsWith("b/"u8))
        {
            field = field[2..];
        }

        return Lenient.GetString(field);
    }

    private static byte[] Unquote(ReadOnlySpan<byte> quoted)
    {
        var bytes = new List<byte>(quoted.Length);
        for (var i = 0; i < quoted.Length; i++)
        {
            var b = quoted[i];
            if (b == (byte)'"')
            {
                break;
            }

            if (b != (byte)'\\' || i + 1 >= quoted.Length)
            {
                bytes.Add(b);
                continue;
            }

            var next = quoted[++i];
            if (next is >= (byte)'0' and <= (byte)'7' && i + 2 < quoted.Length)
            {
                bytes.Add((byte)(((next - '0') << 6) | ((quoted[i + 1] - '0') << 3) | (quoted[i + 2] - '0')));
                i += 2;
                continue;
            }

            bytes.Add(next switch
            {
                (byte)'n' => (byte)'\n',
                (byte)'t' => (byte)'\t',
                (byte)'r' => (byte)'\r',
                (byte)'a' => 7,
                (byte)'b' => 8,
                (byte)'f' => 12,
                (byte)'v' => 11,
                _ => next,
            });
        }

        return [.. bytes];
    }
}
