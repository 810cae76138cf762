using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>Non-string keys become the strings sigs.k8s.io/yaml makes of them.</summary>
public sealed class KeyConversionTests
{
    [Theory]
    [InlineData("on", "true")]
    [InlineData("off", "false")]
    [InlineData("0644", "420")]
    [InlineData("0x1F", "31")]
    [InlineData("-7", "-7")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e3", "1000")]
    [InlineData("1e6", "1e+06")]
    [InlineData("123456", "123456")]
    [InlineData("1234567.0", "1.234567e+06")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("3.14159265358979", "3.1415927")]
    [InlineData(".inf", ".inf")]
    [InlineData("-.inf", "-.inf")]
    [InlineData(".nan", ".nan")]
    [InlineData("2001-12-14", "2001-12-14")]
    [InlineData("\"on\"", "on")]
    public void Keys_are_looked_up_by_the_text_kubernetes_sees(string key, string expected)
    {
        var document = Assert.Single(Loaded.Documents($"{key}: x\n"));
        var map = document.Root.Map();

        Assert.Equal(expected, Assert.Single(map.Entries).KeyText);
        Assert.True(map.TryGetValue(expected, out _));
    }

    [Fact]
    public void Keys_that_become_the_same_string_are_duplicates()
    {
        var problem = Assert.Single(Loaded.Problems("'true': a\non: b\n", LoadRules.DuplicateKey));

        Assert.Equal((2, 1), problem.At());
        Assert.Equal("b", Assert.Single(Loaded.Documents("'true': a\non: b\n")).Root.Map()["true"].Scalar().Text);
    }

    [Theory]
    [InlineData("~: x\n", 1, "null")]
    [InlineData("18446744073709551615: x\n", 1, "an integer too large for JSON conversion")]
    [InlineData("? [a, b]\n: x\n", 3, "a sequence")]
    [InlineData("? {a: b}\n: x\n", 3, "a mapping")]
    public void Keys_kubernetes_cannot_convert_are_reported(string yaml, int column, string what)
    {
        var problem = Loaded.Problem(yaml, LoadRules.UnsupportedKey);

        Assert.Contains($"this mapping key is {what}", problem.Message, StringComparison.Ordinal);
        Assert.Equal((1, column), problem.At());
    }
}
