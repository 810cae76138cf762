using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Tests.Configuration;

/// <summary><c>scan.unscanned</c>: a severity per reason, read as strictly as the rest of the file.</summary>
public sealed class UnscannedConfigTests
{
    [Fact]
    public void Each_reason_takes_a_severity()
    {
        var result = ConfigLoader.Parse("""
            scan:
              unscanned:
                invalidFileName: medium
                tooDeep: low
                tooLarge: INFO
                unreadable: critical
                fileLimit: high
                binary: info
                unloadable: low
            """, "rampart.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal(
            new Dictionary<UnscannedReason, Severity>
            {
                [UnscannedReason.InvalidFileName] = Severity.Medium,
                [UnscannedReason.TooDeep] = Severity.Low,
                [UnscannedReason.TooLarge] = Severity.Info,
                [UnscannedReason.Unreadable] = Severity.Critical,
                [UnscannedReason.FileLimit] = Severity.High,
                [UnscannedReason.Binary] = Severity.Info,
                [UnscannedReason.Unloadable] = Severity.Low,
            },
            result.Config.Unscanned);
    }

    [Fact]
    public void Without_the_key_no_reason_is_changed() =>
        Assert.Empty(ConfigLoader.Parse("scan:\n  scanners: [schema]\n", "rampart.yaml").Config.Unscanned);

    [Theory]
    [InlineData("scan:\n  unscanned:\n    tooBig: low\n", 3, 5, "unknown reason 'tooBig' in scan.unscanned (expected one of: invalidFileName, tooDeep, tooLarge, unreadable, fileLimit, binary, unloadable)")]
    [InlineData("scan:\n  unscanned:\n    TooLarge: low\n", 3, 5, "unknown reason 'TooLarge'")]
    [InlineData("scan:\n  unscanned:\n    binary: lowish\n", 3, 13, "scan.unscanned.binary 'lowish' is not one of")]
    [InlineData("scan:\n  unscanned:\n    binary:\n", 3, 12, "scan.unscanned.binary needs a severity")]
    [InlineData("scan:\n  unscanned:\n    binary: ~\n", 3, 13, "scan.unscanned.binary needs a severity")]
    [InlineData("scan:\n  unscanned:\n    binary: [low]\n", 3, 13, "scan.unscanned.binary must be a string")]
    [InlineData("scan:\n  unscanned: [binary]\n", 2, 14, "scan.unscanned must be a mapping")]
    public void Unknown_reasons_severities_and_blank_values_are_errors_at_their_place(string yaml, int line, int column, string message)
    {
        var error = Assert.Single(ConfigLoader.Parse(yaml, "rampart.yaml").Errors);

        Assert.Equal(("rampart.yaml", line, column), (error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
