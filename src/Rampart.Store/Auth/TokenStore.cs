using Dapper;
using Rampart.Store.Data;

namespace Rampart.Store.Auth;

/// <summary>Per-team API tokens, stored as SHA-256 hashes (<c>rampart token create</c>).</summary>
public sealed class TokenStore
{
    private readonly Dialect dialect;
    private readonly TimeProvider clock;

    internal TokenStore(Dialect dialect, TimeProvider clock)
    {
        this.dialect = dialect;
        this.clock = clock;
    }

    /// <summary>Creates a token for <paramref name="team"/> (lower-cased) and returns its text: the only time it is seen.</summary>
    public async Task<string> CreateAsync(string team, TokenScope scope, CancellationToken cancellation = default)
    {
        var token = TokenHash.NewToken();
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO tokens (team, scope, hash, created_at) VALUES (@team, @scope, @hash, @now)",
            new { team = team.ToLowerInvariant(), scope = ScopeName(scope), hash = TokenHash.Of(token), now = clock.GetUtcNow().ToUnixTimeMilliseconds() }).ConfigureAwait(false);
        return token;
    }

    /// <summary>The team and scope of <paramref name="token"/>, or null when no such token exists.</summary>
    public async Task<Caller?> FindAsync(string token, CancellationToken cancellation = default)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<(string Team, string Scope)?>(
            "SELECT team, scope FROM tokens WHERE hash = @hash", new { hash = TokenHash.Of(token) }).ConfigureAwait(false);
        return row is { } r ? new Caller(false, r.Team, r.Scope == "upload" ? TokenScope.Upload : TokenScope.Read) : null;
    }

    public static string ScopeName(TokenScope scope) => scope == TokenScope.Upload ? "upload" : "read";
}
