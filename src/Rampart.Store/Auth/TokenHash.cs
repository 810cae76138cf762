using System.Security.Cryptography;
using System.Text;

namespace Rampart.Store.Auth;

/// <summary>Tokens are random, shown once, and kept only as the hex SHA-256 of their text.</summary>
public static class TokenHash
{
    public const string Prefix = "rmp_";

    public static string Of(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NewToken() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
