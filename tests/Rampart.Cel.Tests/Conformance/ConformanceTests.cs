using Rampart.Testing;

namespace Rampart.Cel.Tests.Conformance;

public sealed class ConformanceTests
{
    private const double RequiredPassRate = 0.99;

    [Fact]
    public void At_least_99_percent_of_the_cel_spec_tests_without_protobuf_pass()
    {
        var folder = RepositoryPaths.CorpusFolder("cel-spec");
        var outcomes = Directory.GetFiles(folder, "*.textproto")
            .Order(StringComparer.Ordinal)
            .SelectMany(ConformanceCase.Load)
            .Select(ConformanceRunner.Run)
            .ToList();

        var report = ConformanceReport.Markdown(outcomes);
        var path = Path.Combine(RepositoryPaths.Root, "docs", "cel-conformance.md");
        if (!File.Exists(path) || File.ReadAllText(path) != report)
        {
            File.WriteAllText(path, report);
        }

        var failures = outcomes.Where(o => o.Status == ConformanceStatus.Failed).Select(o => $"{o.Case.Id}: {o.Detail}");
        Assert.True(
            ConformanceReport.PassRate(outcomes) >= RequiredPassRate,
            $"pass rate {ConformanceReport.PassRate(outcomes):P2} is below {RequiredPassRate:P0}; failures:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_skipped_test_has_a_reason()
    {
        var folder = RepositoryPaths.CorpusFolder("cel-spec");
        var skipped = Directory.GetFiles(folder, "*.textproto")
            .SelectMany(ConformanceCase.Load)
            .Select(ConformanceRunner.Run)
            .Where(o => o.Status is ConformanceStatus.Skipped or ConformanceStatus.NeedsProto)
            .ToList();

        Assert.NotEmpty(skipped);
        Assert.All(skipped, o => Assert.False(string.IsNullOrWhiteSpace(o.Detail), o.Case.Id));
    }
}
