namespace Rampart.Dependencies.Severity;

/// <summary>
/// The CVSS v4.0 score by the macro-vector method of the FIRST specification (section 8): the vector's
/// equivalence classes (EQ1–EQ6) name a macro-vector whose published score is lowered by the mean, over the
/// classes, of the vector's severity distance from the class's highest vector as a share of the class's depth,
/// times the score gap to the next lower macro-vector. Threat and environmental metrics count when given
/// (CVSS-BT, -BE, -BTE); supplemental metrics never do.
/// </summary>
public static class Cvss4Score
{
    private const double Step = 0.1;

    private static readonly string[] ImpactMetrics = ["VC", "VI", "VA", "SC", "SI", "SA"];
    private static readonly string[] DistanceMetrics = ["AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR"];

    public static double Score(CvssVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Version != CvssVersion.V40)
        {
            throw new ArgumentException("only a CVSS v4.0 vector has a v4.0 score", nameof(vector));
        }

        string V(string metric) => Effective(vector, metric);
        if (ImpactMetrics.All(m => V(m) == "N"))
        {
            return 0;
        }

        var eq = MacroVector(V);
        var value = Cvss4Tables.MacroVectorScores[Key(eq)];

        var eq3eq6 = $"{eq[2]}{eq[5]}";
        var distances = Distances(V, eq, eq3eq6);
        double? lowerEq3Eq6 = (eq[2], eq[5]) switch
        {
            (0, 0) => Max(Lower(eq, (5, 1)), Lower(eq, (2, 1))),
            (1, 0) => Lower(eq, (5, 1)),
            (0, 1) or (1, 1) => Lower(eq, (2, 1)),
            _ => null,
        };

        (double? Lower, double Distance, double Depth)[] classes =
        [
            (Lower(eq, (0, 1)), distances["AV"] + distances["PR"] + distances["UI"], Cvss4Tables.Eq1Depth[eq[0]] * Step),
            (Lower(eq, (1, 1)), distances["AC"] + distances["AT"], Cvss4Tables.Eq2Depth[eq[1]] * Step),
            (lowerEq3Eq6, distances["VC"] + distances["VI"] + distances["VA"] + distances["CR"] + distances["IR"] + distances["AR"], Cvss4Tables.Eq3Eq6Depth[eq3eq6] * Step),
            (Lower(eq, (3, 1)), distances["SC"] + distances["SI"] + distances["SA"], Cvss4Tables.Eq4Depth[eq[3]] * Step),
            (Lower(eq, (4, 1)), 0, 1),
        ];

        var existing = classes.Where(c => c.Lower is not null).ToList();
        var mean = existing.Count == 0 ? 0 : existing.Sum(c => (value - c.Lower!.Value) * (c.Distance / c.Depth)) / existing.Count;
        value = Math.Clamp(value - mean, 0, 10);
        return Math.Floor((value * 10) + 0.5) / 10;
    }

    /// <summary>The six equivalence-class digits of the specification's macro-vector.</summary>
    internal static int[] MacroVector(Func<string, string> v)
    {
        var (av, pr, ui) = (v("AV"), v("PR"), v("UI"));
        var eq1 = av == "N" && pr == "N" && ui == "N" ? 0
            : (av == "N" || pr == "N" || ui == "N") && av != "P" ? 1
            : 2;
        var eq2 = v("AC") == "L" && v("AT") == "N" ? 0 : 1;
        var eq3 = v("VC") == "H" && v("VI") == "H" ? 0
            : v("VC") == "H" || v("VI") == "H" || v("VA") == "H" ? 1
            : 2;
        var eq4 = v("SI") == "S" || v("SA") == "S" ? 0
            : v("SC") == "H" || v("SI") == "H" || v("SA") == "H" ? 1
            : 2;
        var eq5 = v("E") switch
        {
            "A" => 0,
            "P" => 1,
            _ => 2,
        };
        var eq6 = (v("CR") == "H" && v("VC") == "H") || (v("IR") == "H" && v("VI") == "H") || (v("AR") == "H" && v("VA") == "H") ? 0 : 1;
        return [eq1, eq2, eq3, eq4, eq5, eq6];
    }

    /// <summary>
    /// A metric's value as scored: the modified (environmental) value when one is given, <c>E</c> not given as
    /// Attacked, and a security requirement not given as High.
    /// </summary>
    internal static string Effective(CvssVector vector, string metric)
    {
        var given = vector[metric] ?? "X";
        if (given == "X" && metric == "E")
        {
            return "A";
        }

        if (given == "X" && metric is "CR" or "IR" or "AR")
        {
            return "H";
        }

        return vector["M" + metric] is { } modified && modified != "X" ? modified : given;
    }

    private static Dictionary<string, double> Distances(Func<string, string> v, int[] eq, string eq3eq6)
    {
        Dictionary<string, double> distances = [];
        foreach (var e1 in Cvss4Tables.Eq1Highest[eq[0]])
        {
            foreach (var e2 in Cvss4Tables.Eq2Highest[eq[1]])
            {
                foreach (var e36 in Cvss4Tables.Eq3Eq6Highest[eq3eq6])
                {
                    foreach (var e4 in Cvss4Tables.Eq4Highest[eq[3]])
                    {
                        var highest = $"{e1}/{e2}/{e36}/{e4}".Split('/').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
                        distances = DistanceMetrics.ToDictionary(m => m, m => Level(m, v(m)) - Level(m, highest[m]), StringComparer.Ordinal);
                        if (distances.Values.All(d => d >= 0))
                        {
                            return distances;
                        }
                    }
                }
            }
        }

        // No highest vector lies above every metric: the last one is used, as the specification's calculator does.
        return distances;
    }

    private static double Level(string metric, string value) => metric switch
    {
        "AV" => value switch { "N" => 0.0, "A" => 0.1, "L" => 0.2, _ => 0.3 },
        "PR" => value switch { "N" => 0.0, "L" => 0.1, _ => 0.2 },
        "UI" => value switch { "N" => 0.0, "P" => 0.1, _ => 0.2 },
        "AC" => value == "L" ? 0.0 : 0.1,
        "AT" => value == "N" ? 0.0 : 0.1,
        "VC" or "VI" or "VA" => value switch { "H" => 0.0, "L" => 0.1, _ => 0.2 },
        "SC" or "SI" or "SA" => value switch { "S" => 0.0, "H" => 0.1, "L" => 0.2, _ => 0.3 },
        _ => value switch { "H" => 0.0, "M" => 0.1, _ => 0.2 },
    };

    /// <summary>The score of the macro-vector one class lower (digit index, step), or null when there is none.</summary>
    private static double? Lower(int[] eq, (int Index, int By) change)
    {
        var lower = (int[])eq.Clone();
        lower[change.Index] += change.By;
        return Cvss4Tables.MacroVectorScores.TryGetValue(Key(lower), out var score) ? score : null;
    }

    private static double? Max(double? left, double? right) =>
        left is null ? right : right is null ? left : Math.Max(left.Value, right.Value);

    private static string Key(int[] eq) => string.Concat(eq);
}
