using Rampart.Gate;

namespace Rampart.Tests.Gate;

public sealed class FingerprintMatchTests
{
    [Fact]
    public void Each_known_finding_covers_one_finding_and_prefers_the_same_file()
    {
        var (current, known) = FingerprintMatch.Pair(
            [("f1", "prod/a.yaml"), ("f1", "dev/a.yaml"), ("f2", "b.yaml")],
            [("f1", "dev/a.yaml"), ("F2", "b.yaml")]);

        Assert.Equal([false, true, true], current);
        Assert.Equal([true, true], known);
    }

    [Fact]
    public void A_finding_whose_file_moved_takes_a_known_one_left_over()
    {
        var (current, known) = FingerprintMatch.Pair(
            [("f1", "new/a.yaml"), ("f1", "dev/a.yaml")],
            [("f1", "old/a.yaml"), ("f1", "dev/a.yaml"), ("f1", "gone/a.yaml")]);

        Assert.Equal([true, true], current);
        Assert.Equal(2, known.Count(k => k));
        Assert.True(known[1]);
    }

    [Fact]
    public void Many_findings_of_one_fingerprint_pair_in_linear_time()
    {
        var many = Enumerable.Range(0, 200_000).Select(i => ("same", $"f{i % 7}.yaml")).ToList();

        var (current, known) = FingerprintMatch.Pair(many, many[..150_000]);

        Assert.Equal(150_000, current.Count(c => c));
        Assert.All(known, Assert.True);
    }
}
