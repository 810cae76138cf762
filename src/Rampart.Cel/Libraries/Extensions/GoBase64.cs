using System.Text;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// Standard base64 as Go's encoding/base64 reads it: line breaks are skipped, trailing bits need not
/// be zero, and <see cref="DecodeLenient"/> accepts input with or without padding as cel-go does.
/// </summary>
public static class GoBase64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static string Encode(ReadOnlySpan<byte> data) => Convert.ToBase64String(data);

    /// <summary>Decodes padded input, or if that fails on the data, unpadded input; the error names the offending byte.</summary>
    public static (byte[]? Value, string? Error) DecodeLenient(string text)
    {
        var padded = Decode(text, padding: true);
        return padded.Value is not null ? padded : Decode(text, padding: false);
    }

    /// <summary>Decodes with or without '=' padding.</summary>
    public static (byte[]? Value, string? Error) Decode(string text, bool padding)
    {
        // Work on UTF-8 bytes, one char per byte, so that error offsets count bytes as Go's do.
        var bytes = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));
        var output = new List<byte>((bytes.Length * 3 / 4) + 3);
        var si = 0;
        while (si < bytes.Length)
        {
            var error = DecodeQuantum(bytes, ref si, padding, output);
            if (error is { } offset)
            {
                return (null, "illegal base64 data at input byte " + offset);
            }
        }

        return ([.. output], null);
    }

    private static int? DecodeQuantum(string src, ref int si, bool padding, List<byte> output)
    {
        Span<int> buffer = stackalloc int[4];
        var length = 4;
        for (var j = 0; j < 4; j++)
        {
            if (si == src.Length)
            {
                if (j == 0)
                {
                    return null;
                }

                if (j == 1 || padding)
                {
                    return si - j;
                }

                length = j;
                break;
            }

            var c = src[si++];
            var value = c < 128 ? Alphabet.IndexOf(c, StringComparison.Ordinal) : -1;
            if (value >= 0)
            {
                buffer[j] = value;
                continue;
            }

            if (c is '\n' or '\r')
            {
                j--;
                continue;
            }

            if (!padding || c != '=')
            {
                return si - 1;
            }

            if (PaddingError(src, ref si, j) is { } paddingError)
            {
                return paddingError;
            }

            length = j;
            break;
        }

        var bits = (buffer[0] << 18) | (buffer[1] << 12) | (buffer[2] << 6) | buffer[3];
        if (length >= 2)
        {
            output.Add((byte)(bits >> 16));
        }

        if (length >= 3)
        {
            output.Add((byte)(bits >> 8));
        }

        if (length == 4)
        {
            output.Add((byte)bits);
        }

        return null;
    }

    /// <summary>Checks the padding that starts at si-1 and what follows it; returns the error offset or null.</summary>
    private static int? PaddingError(string src, ref int si, int j)
    {
        switch (j)
        {
            case 0 or 1:
                return si - 1;
            case 2:
                SkipNewlines(src, ref si);
                if (si == src.Length)
                {
                    return src.Length;
                }

                if (src[si] != '=')
                {
                    return si - 1;
                }

                si++;
                break;
        }

        SkipNewlines(src, ref si);
        return si < src.Length ? si : null;
    }

    private static void SkipNewlines(string src, ref int si)
    {
        while (si < src.Length && src[si] is '\n' or '\r')
        {
            si++;
        }
    }
}
