using Rampart.Dependencies.Severity;
using FindingSeverity = Rampart.Findings.Severity;

namespace Rampart.Tests.Dependencies.Severity;

public sealed class SeverityRatingsTests
{
    [Theory]
    [InlineData(0.0, QualitativeRating.None)]
    [InlineData(0.1, QualitativeRating.Low)]
    [InlineData(3.9, QualitativeRating.Low)]
    [InlineData(4.0, QualitativeRating.Medium)]
    [InlineData(6.9, QualitativeRating.Medium)]
    [InlineData(7.0, QualitativeRating.High)]
    [InlineData(8.9, QualitativeRating.High)]
    [InlineData(9.0, QualitativeRating.Critical)]
    [InlineData(10.0, QualitativeRating.Critical)]
    public void Scores_fall_in_the_specification_bands(double score, QualitativeRating rating)
    {
        Assert.Equal(rating, SeverityRatings.FromScore(score));
    }

    [Theory]
    [InlineData(QualitativeRating.None, FindingSeverity.Info)]
    [InlineData(QualitativeRating.Low, FindingSeverity.Low)]
    [InlineData(QualitativeRating.Medium, FindingSeverity.Medium)]
    [InlineData(QualitativeRating.High, FindingSeverity.High)]
    [InlineData(QualitativeRating.Critical, FindingSeverity.Critical)]
    public void Ratings_map_to_finding_severities(QualitativeRating rating, FindingSeverity severity)
    {
        Assert.Equal(severity, SeverityRatings.ToFinding(rating));
    }

    [Theory]
    [InlineData("MODERATE", QualitativeRating.Medium)]
    [InlineData("medium", QualitativeRating.Medium)]
    [InlineData("Important", QualitativeRating.High)]
    [InlineData("CRITICAL", QualitativeRating.Critical)]
    [InlineData("LOW", QualitativeRating.Low)]
    [InlineData("unimportant", QualitativeRating.None)]
    [InlineData("whatever", null)]
    [InlineData(null, null)]
    public void Database_words_are_read_case_insensitively(string? word, QualitativeRating? rating)
    {
        Assert.Equal(rating, SeverityRatings.FromDatabaseWord(word));
    }
}
