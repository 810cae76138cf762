namespace Rampart.Dependencies.Vex;

/// <summary>
/// One OpenVEX statement: the vulnerability (its name and aliases), the package URLs it is about (products and their
/// subcomponents), its status (<c>not_affected</c>, <c>affected</c>, <c>fixed</c>, <c>under_investigation</c>), the
/// justification or impact statement when given, and the document it comes from.
/// </summary>
public sealed record VexStatement(IReadOnlyList<string> Vulnerabilities, IReadOnlyList<string> Products, string Status, string Document)
{
    public const string NotAffected = "not_affected";
    public const string Affected = "affected";
    public const string Fixed = "fixed";
    public const string UnderInvestigation = "under_investigation";

    public string? Justification { get; init; }

    /// <summary>Whether this statement says the vulnerability does not apply (<c>not_affected</c> or <c>fixed</c>).</summary>
    public bool Suppresses => Status is NotAffected or Fixed;
}
