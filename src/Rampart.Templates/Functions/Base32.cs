using System.Text;

namespace Rampart.Templates.Functions;

/// <summary>RFC 4648 base32 with padding, as Go's base32.StdEncoding.</summary>
internal static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(byte[] data)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < data.Length; i += 5)
        {
            var n = Math.Min(5, data.Length - i);
            ulong buffer = 0;
            for (var k = 0; k < 5; k++)
            {
                buffer = (buffer << 8) | (k < n ? data[i + k] : (byte)0);
            }

            var chars = (int)Math.Ceiling(n * 8 / 5.0);
            for (var k = 0; k < 8; k++)
            {
                sb.Append(k < chars ? Alphabet[(int)((buffer >> (35 - (k * 5))) & 31)] : '=');
            }
        }

        return sb.ToString();
    }

    public static string Decode(string s)
    {
        var bytes = new List<byte>();
        ulong buffer = 0;
        var bits = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '=')
            {
                break;
            }

            var v = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (v < 0)
            {
                return $"illegal base32 data at input byte {i}";
            }

            buffer = (buffer << 5) | (uint)v;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
