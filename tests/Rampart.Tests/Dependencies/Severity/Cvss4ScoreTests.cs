using Rampart.Dependencies.Severity;

namespace Rampart.Tests.Dependencies.Severity;

/// <summary>Scores worked out by hand with the v4.0 macro-vector method and its published tables.</summary>
public sealed class Cvss4ScoreTests
{
    [Theory]
    // Macro-vector 000200 (9.3): the only distance is EQ4's (SC/SI/SA N, 0.3 below SC/SI/SA L), and EQ4 = 2 has
    // no lower class, so the score is the macro-vector's.
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10.0)]
    // 001200 (8.8): VC N and VI N are 0.3 from VC:L/VI:H of depth 0.8, gap to 001201 (8.0) 0.8 → 0.3; four lower
    // classes exist (EQ1, EQ2, EQ3/EQ6, EQ5) → 8.8 − 0.3/4 = 8.725 → 8.7.
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N", 8.7)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N", 6.9)]
    public void Base_vectors_score_by_the_macro_vector_method(string text, double expected)
    {
        Assert.Equal(expected, Score(text));
    }

    [Fact]
    public void No_impact_on_any_system_scores_zero()
    {
        Assert.Equal(0.0, Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N"));
    }

    [Fact]
    public void A_modified_metric_replaces_the_base_value()
    {
        Assert.Equal(8.7, Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MVA:H"));
        Assert.Equal(0.0, Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/MVA:N"));
    }

    [Fact]
    public void Supplemental_metrics_do_not_change_the_score()
    {
        Assert.Equal(9.3, Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/AU:Y/R:I/V:C/RE:H/U:Red"));
    }

    [Fact]
    public void Exploit_maturity_unreported_lowers_the_macro_vector()
    {
        Assert.True(Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U") < 9.3);
        Assert.Equal(9.3, Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A"));
    }

    [Fact]
    public void The_table_has_every_macro_vector()
    {
        Assert.Equal(270, Cvss4Tables.MacroVectorScores.Count);
    }

    private static double Score(string text)
    {
        var (vector, error) = CvssParser.Parse(text);
        Assert.Null(error);
        return Cvss4Score.Score(vector!);
    }
}
