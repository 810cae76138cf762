using Dapper;
using Rampart.Store.Auth;
using Rampart.Store.Data;

namespace Rampart.Store.Dashboard;

/// <summary>
/// Logins of the dashboard. A session id is random and opaque (never the token); the database keeps its SHA-256 and
/// the hash of the token that logged in, so a deleted token or a changed admin token ends the session at once.
/// </summary>
internal sealed class DashboardSessions(Dialect dialect, TimeProvider clock, StoreAuth auth)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Starts a session for <paramref name="token"/> (already authenticated) and returns its id; drops expired ones.</summary>
    public async Task<string> CreateAsync(string token, CancellationToken cancellation)
    {
        var id = TokenHash.NewToken();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM dashboard_sessions WHERE expires_at <= @now", new { now }).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO dashboard_sessions (hash, token_hash, created_at, expires_at) VALUES (@hash, @tokenHash, @now, @expires)",
            new { hash = TokenHash.Of(id), tokenHash = TokenHash.Of(token), now, expires = now + (long)Lifetime.TotalMilliseconds }).ConfigureAwait(false);
        return id;
    }

    /// <summary>Who session <paramref name="id"/> belongs to, or null when it is unknown, expired or its token is gone.</summary>
    public async Task<Caller?> FindAsync(string id, CancellationToken cancellation)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<(string TokenHash, string? Team, string? Scope)?>(
            "SELECT s.token_hash, t.team, t.scope FROM dashboard_sessions s LEFT JOIN tokens t ON t.hash = s.token_hash " +
            "WHERE s.hash = @hash AND s.expires_at > @now",
            new { hash = TokenHash.Of(id), now = clock.GetUtcNow().ToUnixTimeMilliseconds() }).ConfigureAwait(false);
        return row switch
        {
            null => null,
            { Team: { } team, Scope: var scope } => new Caller(false, team, scope == "upload" ? TokenScope.Upload : TokenScope.Read),
            { TokenHash: var hash } => auth.IsAdminTokenHash(hash) ? Caller.Admin : null,
        };
    }

    public async Task EndAsync(string id, CancellationToken cancellation)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM dashboard_sessions WHERE hash = @hash", new { hash = TokenHash.Of(id) }).ConfigureAwait(false);
    }
}
