using Rampart.Testing;
using Xunit.Sdk;

namespace Rampart.Tests.Testing;

/// <summary>
/// A missing corpus entry or a missing git skips a test on a workstation and fails it under CI. The CI decision
/// is passed in, so these tests do not touch the process environment the other tests share.
/// </summary>
public sealed class PrerequisitesTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_true_or_1_in_the_CI_variable_means_a_CI_run(string? value, bool expected) =>
        Assert.Equal(expected, Prerequisites.IsCi(value));

    [Fact]
    public void A_missing_corpus_entry_fails_under_CI_and_names_the_entry()
    {
        using var corpus = new RepositoryBuilder().File("present/a.txt", "x").Build();

        var failure = Assert.IsType<FailException>(Outcome(() => RepositoryPaths.CorpusFolder("no/such/entry", corpus.Root, inCi: true)));

        Assert.Contains("corpus entry 'no/such/entry' is missing", failure.Message, StringComparison.Ordinal);
        Assert.Contains("CI=true", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_corpus_entry_skips_outside_CI()
    {
        using var corpus = new RepositoryBuilder().File("present/a.txt", "x").Build();

        var skip = Assert.IsType<SkipException>(Outcome(() => RepositoryPaths.CorpusFolder("no/such/entry", corpus.Root, inCi: false)));

        Assert.Contains("corpus entry 'no/such/entry' is missing", skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_corpus_fails_under_CI() =>
        Assert.IsType<FailException>(Outcome(() => RepositoryPaths.CorpusFolder("cel-spec", corpus: null, inCi: true)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_present_corpus_entry_is_returned_in_and_out_of_CI(bool inCi)
    {
        using var corpus = new RepositoryBuilder().File("present/a.txt", "x").Build();

        Assert.Equal(Path.Combine(corpus.Root, "present"), RepositoryPaths.CorpusFolder("present", corpus.Root, inCi));
        Assert.Equal(Path.Combine(corpus.Root, "present/a.txt"), RepositoryPaths.CorpusFolder("present/a.txt", corpus.Root, inCi));
    }

    [Fact]
    public void Missing_git_fails_under_CI_and_skips_outside()
    {
        var failure = Assert.IsType<FailException>(Outcome(() => Prerequisites.Require(false, "git is not installed", inCi: true)));
        var skip = Assert.IsType<SkipException>(Outcome(() => Prerequisites.Require(false, "git is not installed", inCi: false)));

        Assert.StartsWith("git is not installed;", failure.Message, StringComparison.Ordinal);
        Assert.Contains("git is not installed", skip.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The exception that ends <paramref name="action"/>, caught here because Assert.Throws lets a skip escape
    /// (it would skip this test instead of showing that the helper skips).
    /// </summary>
    private static XunitException? Outcome(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (XunitException e)
        {
            return e;
        }
    }
}
