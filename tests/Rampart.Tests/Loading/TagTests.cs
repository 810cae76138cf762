using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class TagTests
{
    [Fact]
    public void Str_tag_keeps_a_number_as_text()
    {
        var value = Loaded.Value("!!str 0644");

        Assert.Equal(ScalarKind.String, value.Kind);
        Assert.Equal("0644", value.Text);
        Assert.Equal("!!str", value.Tag);
    }

    [Fact]
    public void Int_tag_reads_a_quoted_number()
    {
        var value = Loaded.Value("!!int \"0x10\"");

        Assert.Equal(ScalarKind.Int, value.Kind);
        Assert.Equal(16, value.Int);
    }

    [Fact]
    public void Float_tag_turns_an_integer_into_a_float()
    {
        var value = Loaded.Value("!!float 3");

        Assert.Equal(ScalarKind.Float, value.Kind);
        Assert.Equal(3.0, value.Float);
    }

    [Fact]
    public void Bool_and_null_tags_read_their_values()
    {
        Assert.True(Loaded.Value("!!bool 'yes'").Bool);
        Assert.Equal(ScalarKind.Null, Loaded.Value("!!null ''").Kind);
    }

    [Fact]
    public void Binary_tag_decodes_base64_into_text()
    {
        var value = Loaded.Value("!!binary aGVsbG8=");

        Assert.Equal(ScalarKind.String, value.Kind);
        Assert.Equal("hello", value.Text);
    }

    [Fact]
    public void Timestamp_tag_accepts_a_date_and_keeps_it_as_text()
    {
        var value = Loaded.Value("!!timestamp 2001-12-14");

        Assert.Equal(ScalarKind.String, value.Kind);
        Assert.Equal("2001-12-14", value.Text);
        Assert.Empty(Loaded.Problems("v: !!timestamp 2001-12-14t21:59:43.10-05:00\n"));
    }

    [Fact]
    public void Custom_tags_leave_the_text_unresolved()
    {
        var value = Loaded.Value("!vault 123");

        Assert.Equal(ScalarKind.String, value.Kind);
        Assert.Equal("!vault", value.Tag);
        Assert.Equal(ScalarKind.String, Loaded.Value("! 123").Kind);
    }

    [Theory]
    [InlineData("v: !!int abc\n", "cannot read !!str `abc` as !!int")]
    [InlineData("v: !!bool 1\n", "cannot read !!int `1` as !!bool")]
    [InlineData("v: !!null x\n", "cannot read !!str `x` as !!null")]
    [InlineData("v: !!float yes\n", "cannot read !!bool `yes` as !!float")]
    [InlineData("v: !!timestamp 2001-13-01\n", "cannot read !!str `2001-13-01` as !!timestamp")]
    [InlineData("v: !!binary '***'\n", "!!binary value is not valid base64")]
    public void A_value_that_does_not_match_its_tag_is_reported_where_it_stands(string yaml, string message)
    {
        var problem = Loaded.Problem(yaml, LoadRules.TagMismatch);

        Assert.Equal((1, 4), problem.At());
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }
}
