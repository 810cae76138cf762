using System.Buffers.Text;
using System.Text.Json;

namespace Rampart.Secrets;

/// <summary>The checks of <see cref="SecretCheck"/>: whether a value a pattern found really is a secret of its kind.</summary>
public static class SecretChecks
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static bool Passes(SecretCheck check, string value) => check switch
    {
        SecretCheck.GitHubChecksum => HasGitHubChecksum(value),
        SecretCheck.Jwt => IsSignedJwt(value),
        SecretCheck.Generic => LooksLikeAssignedSecret(value),
        SecretCheck.UrlUserInfo => HasRealPassword(value),
        _ => true,
    };

    /// <summary>
    /// A token of GitHub's format (<c>ghp_</c>, <c>gho_</c>, … and npm's <c>npm_</c>): a prefix, thirty random
    /// characters and six more that are the CRC32 of those thirty, in base62, padded with zeros on the left. Tokens of
    /// another shape (an installation token of the newer, longer form) have no such checksum and pass.
    /// </summary>
    public static bool HasGitHubChecksum(string token)
    {
        var underscore = token.IndexOf('_', StringComparison.Ordinal);
        var body = token.AsSpan(underscore + 1);
        if (body.Length != 36)
        {
            return true;
        }

        var crc = Crc32.Compute(body[..30]);
        Span<char> expected = stackalloc char[6];
        for (var i = 5; i >= 0; i--)
        {
            expected[i] = Base62[(int)(crc % 62)];
            crc /= 62;
        }

        return crc == 0 && body[30..].SequenceEqual(expected);
    }

    /// <summary>The password of <c>user:password</c> is at least four characters, differs from the user and is no placeholder.</summary>
    public static bool HasRealPassword(string userInfo)
    {
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var password = colon < 0 ? userInfo : userInfo[(colon + 1)..];
        var user = colon < 0 ? "" : userInfo[..colon];
        return password.Length >= 4 && !password.Equals(user, StringComparison.OrdinalIgnoreCase) && !Placeholders.IsPlaceholder(password);
    }

    /// <summary>The header (the part before the first dot) is base64url of a JSON object whose <c>alg</c> is a string other than <c>none</c>.</summary>
    public static bool IsSignedJwt(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot > 2048)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[Base64Url.GetMaxDecodedLength(dot)];
        if (Base64Url.DecodeFromChars(token.AsSpan(0, dot), header, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(header[..written].ToArray());
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String
                && alg.GetString() is { Length: > 0 } name && !name.Equals("none", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// A value assigned to a name that says password, secret or token looks like a secret, not like code or
    /// configuration: not a number or a boolean, not a dotted member, an entry point (<c>package.module:function</c>) or an identifier made only of letters, not a
    /// path or a URL, and made of at least two kinds of character (lower case, upper case, digits, symbols).
    /// </summary>
    public static bool LooksLikeAssignedSecret(string value)
    {
        if (value.StartsWith('/') || value.StartsWith("./", StringComparison.Ordinal) || value.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        bool lower = false, upper = false, digit = false, symbol = false, identifier = true;
        foreach (var c in value)
        {
            lower |= char.IsAsciiLetterLower(c);
            upper |= char.IsAsciiLetterUpper(c);
            digit |= char.IsAsciiDigit(c);
            symbol |= !char.IsAsciiLetterOrDigit(c);
            identifier &= char.IsAsciiLetter(c) || c is '_' or '.' or '-' or ':';
        }

        var kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return !identifier && kinds >= 2 && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _);
    }
}
