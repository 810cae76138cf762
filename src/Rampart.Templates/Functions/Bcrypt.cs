using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Rampart.Templates.Functions;

/// <summary>
/// Sprig's <c>bcrypt</c> and <c>htpasswd</c>: the <c>$2a$</c> hash of Go's golang.org/x/crypto/bcrypt at its default
/// cost (10), with a fresh 16-byte salt. Blowfish's initial state is the fractional part of pi, computed once.
/// </summary>
internal static class Bcrypt
{
    public const int DefaultCost = 10;

    private const string Alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Standard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static readonly byte[] MagicText = Encoding.ASCII.GetBytes("OrpheanBeholderScryDoubt");
    private static readonly Lazy<uint[]> Pi = new(() => PiFraction(18 + 4 * 256));

    /// <summary>What Sprig's <c>bcrypt</c> returns: the hash, or its error message.</summary>
    public static string Generate(string password)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        return bytes.Length > 72
            ? "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"
            : Hash(bytes, RandomNumberGenerator.GetBytes(16), DefaultCost);
    }

    /// <summary>The <c>$2a$</c> hash of <paramref name="password"/> (at most 72 bytes) with a 16-byte salt and a cost of 4 to 31.</summary>
    public static string Hash(byte[] password, byte[] salt, int cost)
    {
        byte[] key = [.. password, 0];
        var state = new Blowfish(Pi.Value);
        state.Expand(key, salt);
        for (long i = 0; i < 1L << cost; i++)
        {
            state.Expand(key, null);
            state.Expand(salt, null);
        }

        var text = (byte[])MagicText.Clone();
        for (var block = 0; block < text.Length; block += 8)
        {
            var l = ReadWord(text, block);
            var r = ReadWord(text, block + 4);
            for (var i = 0; i < 64; i++)
            {
                (l, r) = state.Encrypt(l, r);
            }

            WriteWord(text, block, l);
            WriteWord(text, block + 4, r);
        }

        return "$2a$" + cost.ToString("D2", CultureInfo.InvariantCulture) + "$" + Encode(salt) + Encode(text.AsSpan(0, 23).ToArray());
    }

    /// <summary>bcrypt's base64: its own alphabet, no padding.</summary>
    public static string Encode(byte[] data) =>
        string.Concat(Convert.ToBase64String(data).TrimEnd('=').Select(c => Alphabet[Standard.IndexOf(c, StringComparison.Ordinal)]));

    public static byte[] Decode(string text)
    {
        var standard = string.Concat(text.Select(c => Standard[Alphabet.IndexOf(c, StringComparison.Ordinal)]));
        return Convert.FromBase64String(standard.PadRight((standard.Length + 3) / 4 * 4, '='));
    }

    /// <summary>The first <paramref name="words"/> 32-bit words of pi's fractional part (Machin's formula, exact in big integers).</summary>
    public static uint[] PiFraction(int words)
    {
        var bits = 32 * words + 64;
        var pi = 16 * ArcTanInverse(5, bits) - 4 * ArcTanInverse(239, bits);
        pi >>= 64;
        var result = new uint[words];
        for (var i = 0; i < words; i++)
        {
            result[i] = (uint)((pi >> (32 * (words - 1 - i))) & uint.MaxValue);
        }

        return result;
    }

    private static BigInteger ArcTanInverse(int x, int bits)
    {
        var term = (BigInteger.One << bits) / x;
        var sum = term;
        var square = x * x;
        for (var k = 1; !term.IsZero; k++)
        {
            term /= square;
            var t = term / (2 * k + 1);
            sum += k % 2 == 0 ? t : -t;
        }

        return sum;
    }

    private static uint ReadWord(byte[] data, int at) => (uint)(data[at] << 24 | data[at + 1] << 16 | data[at + 2] << 8 | data[at + 3]);

    private static void WriteWord(byte[] data, int at, uint word)
    {
        data[at] = (byte)(word >> 24);
        data[at + 1] = (byte)(word >> 16);
        data[at + 2] = (byte)(word >> 8);
        data[at + 3] = (byte)word;
    }

    /// <summary>Blowfish's key schedule state (P-array then four S-boxes) and its block encryption.</summary>
    private sealed class Blowfish(uint[] initial)
    {
        private readonly uint[] _state = (uint[])initial.Clone();

        public (uint L, uint R) Encrypt(uint l, uint r)
        {
            var s = _state;
            l ^= s[0];
            for (var i = 1; i <= 16; i += 2)
            {
                r ^= F(l) ^ s[i];
                l ^= F(r) ^ s[i + 1];
            }

            r ^= s[17];
            return (r, l);
        }

        /// <summary>
        /// Blowfish's key expansion: the key cycled over the P-array, then the whole state re-encrypted in place, each
        /// block first mixed with the salt (cycled) when one is given.
        /// </summary>
        public void Expand(byte[] key, byte[]? salt)
        {
            var j = 0;
            for (var i = 0; i < 18; i++)
            {
                _state[i] ^= NextWord(key, ref j);
            }

            j = 0;
            uint l = 0, r = 0;
            for (var i = 0; i < _state.Length; i += 2)
            {
                if (salt is not null)
                {
                    l ^= NextWord(salt, ref j);
                    r ^= NextWord(salt, ref j);
                }

                (l, r) = Encrypt(l, r);
                _state[i] = l;
                _state[i + 1] = r;
            }
        }

        private uint F(uint x) =>
            ((_state[18 + (x >> 24)] + _state[18 + 256 + ((x >> 16) & 0xFF)]) ^ _state[18 + 512 + ((x >> 8) & 0xFF)]) + _state[18 + 768 + (x & 0xFF)];

        private static uint NextWord(byte[] data, ref int j)
        {
            uint w = 0;
            for (var i = 0; i < 4; i++)
            {
                w = w << 8 | data[j];
                j = (j + 1) % data.Length;
            }

            return w;
        }
    }
}
