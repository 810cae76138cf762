using Rampart.Dependencies.Severity;

namespace Rampart.Tests.Dependencies.Severity;

/// <summary>Base scores worked out by hand with the v3.x formula and weights of the FIRST specification.</summary>
public sealed class Cvss3ScoreTests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", 8.1)]
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", 5.5)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:N/A:N", 2.7)]
    [InlineData("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)]
    public void Scope_unchanged_vectors_score_by_the_formula(string vector, double expected)
    {
        Assert.Equal(expected, Score(vector));
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)]
    public void Scope_changed_vectors_use_the_changed_impact_and_privilege_weights(string vector, double expected)
    {
        Assert.Equal(expected, Score(vector));
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N")]
    [InlineData("CVSS:3.0/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N")]
    public void No_impact_scores_zero(string vector)
    {
        Assert.Equal(0.0, Score(vector));
        Assert.Equal(QualitativeRating.None, SeverityRatings.FromScore(Score(vector)));
    }

    [Fact]
    public void Temporal_and_environmental_metrics_leave_the_base_score_alone()
    {
        Assert.Equal(9.8, Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U/CR:L/MAV:P"));
    }

    [Theory]
    [InlineData(4.000000000000001, 4.0)]
    [InlineData(4.02, 4.1)]
    [InlineData(4.0, 4.0)]
    [InlineData(9.95, 10.0)]
    public void Version_3_1_round_up_ignores_floating_point_noise(double value, double expected)
    {
        Assert.Equal(expected, Cvss3Score.RoundUp(value, CvssVersion.V31));
    }

    [Fact]
    public void Version_3_0_round_up_is_the_plain_ceiling()
    {
        Assert.Equal(4.1, Cvss3Score.RoundUp(4.000000000000001, CvssVersion.V30));
        Assert.Equal(4.0, Cvss3Score.RoundUp(4.0, CvssVersion.V30));
    }

    private static double Score(string text)
    {
        var (vector, error) = CvssParser.Parse(text);
        Assert.Null(error);
        return Cvss3Score.Base(vector!);
    }
}
