using System.Globalization;

namespace Rampart.Dependencies.Severity;

/// <summary>
/// The published data of the CVSS v4.0 scoring method (FIRST specification, section 8): the score of each of the
/// 270 macro-vectors, the highest-severity vectors of each equivalence class, and the depth (maximal severity
/// distance, in steps of 0.1) of each class.
/// </summary>
internal static class Cvss4Tables
{
    /// <summary>The score of each macro-vector, keyed by its six digits EQ1…EQ6.</summary>
    public static IReadOnlyDictionary<string, double> MacroVectorScores { get; } = BuildScores();

    public static IReadOnlyList<string>[] Eq1Highest { get; } =
    [
        ["AV:N/PR:N/UI:N"],
        ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"],
        ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"],
    ];

    public static IReadOnlyList<string>[] Eq2Highest { get; } = [["AC:L/AT:N"], ["AC:H/AT:N", "AC:L/AT:P"]];

    /// <summary>EQ3 and EQ6 together, keyed by their two digits.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Eq3Eq6Highest { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["00"] = ["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"],
        ["01"] = ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"],
        ["10"] = ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"],
        ["11"] = ["VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"],
        ["21"] = ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"],
    };

    public static IReadOnlyList<string>[] Eq4Highest { get; } = [["SC:H/SI:S/SA:S"], ["SC:H/SI:H/SA:H"], ["SC:L/SI:L/SA:L"]];

    public static int[] Eq1Depth { get; } = [1, 4, 5];

    public static int[] Eq2Depth { get; } = [1, 2];

    public static IReadOnlyDictionary<string, int> Eq3Eq6Depth { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["00"] = 7, ["01"] = 6, ["10"] = 8, ["11"] = 8, ["21"] = 10,
    };

    public static int[] Eq4Depth { get; } = [6, 5, 4];

    // Each line: EQ1 EQ2 EQ3 EQ4, then the scores for EQ5 EQ6 = 00 01 10 11 20 21 (EQ3 = 2 exists only with
    // EQ6 = 1: 01 11 21).
    private const string Scores = """
        0000 10 9.9 9.8 9.5 9.5 9.2
        0001 10 9.6 9.3 8.7 9.1 8.1
        0002 9.3 9 8.9 8 8.1 6.8
        0010 9.8 9.5 9.5 9.2 9 8.4
        0011 9.3 9.2 8.9 8.1 8.1 6.5
        0012 8.8 8 7.8 7 6.9 4.8
        0020 9.2 8.2 7.2
        0021 7.9 6.9 5
        0022 6.9 5.5 2.7
        0100 9.9 9.7 9.5 9.2 9.2 8.5
        0101 9.5 9.1 9 8.3 8.4 7.1
        0102 9.2 8.1 8.2 7.1 7.2 5.3
        0110 9.5 9.3 9.2 8.5 8.5 7.3
        0111 9.2 8.2 8 7.2 7 5.9
        0112 8.4 7 7.1 5.2 5 3
        0120 8.6 7.5 5.2
        0121 7.1 5.2 2.9
        0122 6.3 2.9 1.7
        1000 9.8 9.5 9.4 8.7 9.1 8.1
        1001 9.4 8.9 8.6 7.4 7.7 6.4
        1002 8.7 7.5 7.4 6.3 6.3 4.9
        1010 9.4 8.9 8.8 7.7 7.6 6.7
        1011 8.6 7.6 7.4 5.8 5.9 5
        1012 7.2 5.7 5.7 5.2 5.2 2.5
        1020 8.3 7 5.4
        1021 6.5 5.8 2.6
        1022 5.3 2.1 1.3
        1100 9.5 9 8.8 7.6 7.6 7
        1101 9 7.7 7.5 6.2 6.1 5.3
        1102 7.7 6.6 6.8 5.9 5.2 3
        1110 8.9 7.8 7.6 6.7 6.2 5.8
        1111 7.4 5.9 5.7 5.7 4.7 2.3
        1112 6.1 5.2 5.7 2.9 2.4 1.6
        1120 7.1 5.9 3
        1121 5.8 2.6 1.5
        1122 2.3 1.3 0.6
        2000 9.3 8.7 8.6 7.2 7.5 5.8
        2001 8.6 7.4 7.4 6.1 5.6 3.4
        2002 7 5.4 5.2 4 4 2.2
        2010 8.5 7.5 7.4 5.5 6.2 5.1
        2011 7.2 5.7 5.5 4.1 4.6 1.9
        2012 5.3 3.6 3.4 1.9 1.9 0.8
        2020 6.4 5.1 2
        2021 4.7 2.1 1.1
        2022 2.4 0.9 0.4
        2100 8.8 7.5 7.3 5.3 6 5
        2101 7.3 5.5 5.9 4 4.1 2
        2102 5.4 4.3 4.5 2.2 2 1.1
        2110 7.5 5.5 5.8 4.5 4 2.1
        2111 6.1 5.1 4.8 1.8 2 0.9
        2112 4.6 1.8 1.7 0.7 0.8 0.2
        2120 5.3 2.4 1.4
        2121 2.4 1.2 0.5
        2122 1 0.3 0.1
        """;

    private static Dictionary<string, double> BuildScores()
    {
        string[] full = ["00", "01", "10", "11", "20", "21"];
        string[] eq3Low = ["01", "11", "21"];
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in Scores.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            var suffixes = parts[0][2] == '2' ? eq3Low : full;
            for (var i = 0; i < suffixes.Length; i++)
            {
                scores.Add(parts[0] + suffixes[i], double.Parse(parts[i + 1], CultureInfo.InvariantCulture));
            }
        }

        return scores;
    }
}
