namespace Rampart.Dependencies.Severity;

/// <summary>
/// The CVSS v3.0 and v3.1 base score, by the formula and weights of the FIRST specification documents
/// (section 7 of each). Temporal and environmental metrics in the vector are valid but do not change the base score.
/// </summary>
public static class Cvss3Score
{
    /// <summary>The base score (0.0 to 10.0, one decimal) of a v3.0 or v3.1 vector.</summary>
    public static double Base(CvssVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Version == CvssVersion.V40)
        {
            throw new ArgumentException("a CVSS v4.0 vector has no v3 base score", nameof(vector));
        }

        var changed = vector["S"] == "C";
        var iss = 1 - ((1 - Impact(vector["C"])) * (1 - Impact(vector["I"])) * (1 - Impact(vector["A"])));
        var impact = changed
            ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15))
            : 6.42 * iss;
        if (impact <= 0)
        {
            return 0;
        }

        var exploitability = 8.22 * AttackVector(vector["AV"]) * AttackComplexity(vector["AC"])
            * PrivilegesRequired(vector["PR"], changed) * UserInteraction(vector["UI"]);
        var sum = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
        return RoundUp(Math.Min(sum, 10), vector.Version);
    }

    /// <summary>
    /// The specification's round-up to one decimal. v3.1 works on the value times 100,000 rounded to an integer, so
    /// that floating-point noise (4.000000000000001) does not raise a score; v3.0 takes the plain ceiling.
    /// </summary>
    public static double RoundUp(double value, CvssVersion version)
    {
        if (version == CvssVersion.V30)
        {
            return Math.Ceiling(value * 10) / 10;
        }

        var scaled = (long)Math.Round(value * 100_000, MidpointRounding.AwayFromZero);
        return scaled % 10_000 == 0 ? scaled / 100_000.0 : (Math.Floor(scaled / 10_000.0) + 1) / 10.0;
    }

    private static double AttackVector(string? value) => value switch
    {
        "N" => 0.85,
        "A" => 0.62,
        "L" => 0.55,
        _ => 0.2,
    };

    private static double AttackComplexity(string? value) => value == "L" ? 0.77 : 0.44;

    private static double PrivilegesRequired(string? value, bool scopeChanged) => value switch
    {
        "N" => 0.85,
        "L" => scopeChanged ? 0.68 : 0.62,
        _ => scopeChanged ? 0.5 : 0.27,
    };

    private static double UserInteraction(string? value) => value == "N" ? 0.85 : 0.62;

    private static double Impact(string? value) => value switch
    {
        "H" => 0.56,
        "L" => 0.22,
        _ => 0,
    };
}
