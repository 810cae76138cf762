namespace Rampart.Store.Auth;

/// <summary>Who made a request: the admin (every team, every scope) or a team token with one scope.</summary>
public sealed record Caller(bool IsAdmin, string? Team, TokenScope? Scope)
{
    public static readonly Caller Admin = new(true, null, null);

    public bool May(TokenScope scope) => IsAdmin || Scope == scope;
}
