using Rampart.Findings;

namespace Rampart.Tests.Findings;

public sealed class QuotedTextTests
{
    [Theory]
    [InlineData("platform-team", "'platform-team'")]
    [InlineData("dev@example.com", "'dev@example.com'")]
    [InlineData("PASSWORD=hunter2", "'PASSWORD=***'")]
    [InlineData("token:abc", "'token:***'")]
    [InlineData("password: hunter2 rest", "'password: *** rest'")]
    [InlineData("ghp_0123456789abcdefghijABCDEFGHIJ", "'***'")]
    [InlineData("see AKIAIOSFODNN7EXAMPLE here", "'see *** here'")]
    [InlineData("a-very-long-but-plain-team-name", "'a-very-long-but-plain-team-name'")]
    [InlineData("line\nbreak\0nul", "'line break nul'")]
    public void Secrets_are_masked_and_the_rest_quoted_as_written(string text, string expected)
    {
        Assert.Equal(expected, QuotedText.Of(text));
    }

    [Fact]
    public void A_long_text_is_cut_to_the_bound_with_an_ellipsis()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 1_000));

        var excerpt = QuotedText.Excerpt(text);

        Assert.Equal(80, excerpt.Length);
        Assert.Equal(string.Concat(Enumerable.Repeat("word ", 16))[..79] + "…", excerpt);
    }

    [Fact]
    public void A_token_crossing_the_cut_is_masked_not_shown_in_part()
    {
        var text = new string('x', 70) + " " + "abc123" + new string('z', 600);

        var excerpt = QuotedText.Excerpt(text);

        Assert.Equal(new string('x', 70) + " ***…", excerpt);
    }

    [Fact]
    public void Every_environment_line_loses_its_value()
    {
        var environ = "HOME=/root\0CI_DEPLOY_TOKEN=outside-secret-7f3a91\0PATH=/usr/bin";

        var redacted = QuotedText.Redact(environ);

        Assert.Equal("HOME=*** CI_DEPLOY_TOKEN=*** PATH=***", redacted);
    }
}
