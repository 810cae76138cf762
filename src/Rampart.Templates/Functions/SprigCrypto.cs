using System.Security.Cryptography;
using System.Text;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's encryptAES and decryptAES: AES-256-CBC under SHA-256 of the password, PKCS#7 padding, the IV first, base64.</summary>
internal static class SprigCrypto
{
    public static string EncryptAes(string password, string plaintext)
    {
        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        aes.GenerateIV();
        var cipher = aes.EncryptCbc(Encoding.UTF8.GetBytes(plaintext), aes.IV, PaddingMode.PKCS7);
        return Convert.ToBase64String([.. aes.IV, .. cipher]);
    }

    public static string DecryptAes(string password, string encoded)
    {
        if (!SprigEncoding.TryB64(encoded, out var data, out var error))
        {
            throw new TemplateFunctionException(error);
        }

        if (data.Length < 16 || data.Length % 16 != 0)
        {
            throw new TemplateFunctionException("ciphertext too short");
        }

        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        try
        {
            return Encoding.UTF8.GetString(aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.PKCS7));
        }
        catch (CryptographicException e)
        {
            throw new TemplateFunctionException(e.Message);
        }
    }
}
