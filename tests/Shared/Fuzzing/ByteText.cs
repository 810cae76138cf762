using System.Text;

namespace Rampart.Testing.Fuzzing;

/// <summary>Bytes as text for a failure message: printable ASCII as it is, everything else escaped as <c>\xNN</c>.</summary>
internal static class ByteText
{
    /// <summary>The first 40 bytes on one line, with the length when there are more.</summary>
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = Append(new StringBuilder(), bytes[..Math.Min(bytes.Length, 40)], keepLines: false);
        return bytes.Length > 40 ? text.Append($"…({bytes.Length} bytes)").ToString() : text.ToString();
    }

    /// <summary>Appends <paramref name="bytes"/>, keeping line feeds and tabs as they are when <paramref name="keepLines"/>.</summary>
    public static StringBuilder Append(StringBuilder text, ReadOnlySpan<byte> bytes, bool keepLines)
    {
        foreach (var b in bytes)
        {
            var plain = (keepLines && b is (byte)'\n' or (byte)'\t') || (b is >= 0x20 and < 0x7F && b != '\\');
            text.Append(plain ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return text;
    }
}
