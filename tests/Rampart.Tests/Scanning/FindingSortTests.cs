using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Scanning;

namespace Rampart.Tests.Scanning;

public sealed class FindingSortTests
{
    public static TheoryData<int> Counts => new() { 0, 1, 2, FindingSort.ParallelFrom * 2 - 1, FindingSort.ParallelFrom * 2, FindingSort.ParallelFrom * 2 + 1, FindingSort.ParallelFrom * 8 + 3 };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Findings_sorted_on_several_threads_are_in_the_order_of_one_sort_on_one(int count)
    {
        var findings = Shuffled(count);
        var expected = new List<Finding>(findings);
        expected.Sort(FindingOrder.Instance);

        foreach (var parallelism in new[] { 1, 2, 3, 4, 8 })
        {
            var sorted = new List<Finding>(findings);
            FindingSort.Sort(sorted, parallelism);

            Assert.Equal(count, sorted.Count);
            Assert.True(expected.SequenceEqual(sorted, ReferenceEqualityComparer.Instance), $"parallelism {parallelism}: order differs");
        }
    }

    [Theory]
    [InlineData(100, 2, 1)]
    [InlineData(FindingSort.ParallelFrom * 2 - 1, 2, 1)]
    [InlineData(FindingSort.ParallelFrom * 2, 2, 2)]
    [InlineData(FindingSort.ParallelFrom * 2, 1, 1)]
    [InlineData(FindingSort.ParallelFrom * 4, 3, 2)]
    [InlineData(FindingSort.ParallelFrom * 4, 8, 4)]
    [InlineData(FindingSort.ParallelFrom * 100, 8, 8)]
    public void Findings_are_cut_into_a_power_of_two_parts_of_a_least_the_parallel_threshold(int count, int parallelism, int parts)
    {
        Assert.Equal(parts, FindingSort.Parts(count, parallelism));
    }

    /// <summary>
    /// Findings as a large scan has them: many share a file, a line and a rule and differ only by their resource or
    /// fingerprint; no two share a path and a fingerprint. Shuffled the same way on every run.
    /// </summary>
    private static List<Finding> Shuffled(int count)
    {
        var random = new Random(20261207);
        var findings = Enumerable.Range(0, count).Select(i => new Finding
        {
            RuleId = $"RMP-TEST-{i % 5}",
            Title = "test",
            Category = Category.Policy,
            Severity = Severity.Medium,
            Message = $"finding {i % 3}",
            Location = new SourceLocation($"bases/base-{i % 7}/app-{i % 4}.yaml", 1 + (i % 11), 1 + (i % 2)),
            Resource = i % 10 == 0 ? null : new ResourceRef("apps/v1", "Deployment", $"env-{i % 200}", $"app-{i % 4}"),
            Responsibility = Responsibility.Platform,
            Fingerprint = ((ulong)i * 0x9E3779B97F4A7C15UL).ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
        }).ToArray();
        random.Shuffle(findings);
        return [.. findings];
    }
}
