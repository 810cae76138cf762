namespace Rampart.Dependencies.Osv;

/// <summary>One event of an OSV range: its kind (<c>introduced</c>, <c>fixed</c>, <c>last_affected</c>, <c>limit</c>) and version.</summary>
public sealed record OsvEvent(string Kind, string Version)
{
    public const string Introduced = "introduced";
    public const string Fixed = "fixed";
    public const string LastAffected = "last_affected";
    public const string Limit = "limit";
}
