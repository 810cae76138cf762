using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Rampart.Store.Auth;

/// <summary>
/// Authenticates API requests by their <c>Authorization: Bearer</c> token: the admin token (compared by hash in
/// constant time) or a team token from the store. No token, or an unknown one, is 401; the wrong scope is 403.
/// </summary>
public sealed class StoreAuth(TokenStore tokens, string? adminToken)
{
    private readonly byte[]? adminHash = string.IsNullOrEmpty(adminToken) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(adminToken));

    /// <summary>The admin token from <paramref name="adminTokenFile"/> when given, else <c>RAMPART_ADMIN_TOKEN</c>; null when neither is set.</summary>
    public static string? ReadAdminToken(string? adminTokenFile, Func<string, string?> environment) =>
        adminTokenFile is not null ? File.ReadAllText(adminTokenFile).Trim() : environment("RAMPART_ADMIN_TOKEN") is { Length: > 0 } t ? t.Trim() : null;

    public async Task<Caller?> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || header.Length > 512)
        {
            return null;
        }

        return await AuthenticateTokenAsync(header[Bearer.Length..].Trim(), request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The caller a token stands for (the admin or a team token), or null for an empty or unknown one.</summary>
    public async Task<Caller?> AuthenticateTokenAsync(string token, CancellationToken cancellation)
    {
        if (token.Length == 0)
        {
            return null;
        }

        if (adminHash is not null && CryptographicOperations.FixedTimeEquals(adminHash, SHA256.HashData(Encoding.UTF8.GetBytes(token))))
        {
            return Caller.Admin;
        }

        return await tokens.FindAsync(token, cancellation).ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="tokenHash"/> (hex SHA-256, as <see cref="TokenHash.Of"/> writes it) is the admin token's; constant time.</summary>
    public bool IsAdminTokenHash(string tokenHash) =>
        adminHash is not null && tokenHash.Length == 64 && CryptographicOperations.FixedTimeEquals(adminHash, Convert.FromHexString(tokenHash));
}
