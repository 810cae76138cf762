using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

public sealed class QuantityAndNameTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("100m", true)]
    [InlineData("0.5", true)]
    [InlineData(".5", true)]
    [InlineData("5.", true)]
    [InlineData("+1Gi", true)]
    [InlineData("-2Ki", true)]
    [InlineData("1e3", true)]
    [InlineData("1E-3", true)]
    [InlineData("128974848", true)]
    [InlineData("129M", true)]
    [InlineData("123Mi", true)]
    [InlineData("1E", true)]
    [InlineData("", false)]
    [InlineData(".", false)]
    [InlineData("m", false)]
    [InlineData("1 Gi", false)]
    [InlineData("1GB", false)]
    [InlineData("1gi", false)]
    [InlineData("1e", false)]
    [InlineData("1e+", false)]
    [InlineData("1.2.3", false)]
    [InlineData("--1", false)]
    public void Quantity_syntax_is_that_of_kubernetes(string text, bool valid) =>
        Assert.Equal(valid, Quantity.IsValid(text));

    [Theory]
    [InlineData("app", true)]
    [InlineData("app.kubernetes.io/name", true)]
    [InlineData("example.com/Some_Key.1", true)]
    [InlineData("_app", false)]
    [InlineData("/name", false)]
    [InlineData("Example.com/name", false)]
    [InlineData("a/b/c", false)]
    public void Qualified_names_allow_a_dns_prefix(string key, bool valid) =>
        Assert.Equal(valid, NameSyntax.IsQualifiedName(key));

    [Theory]
    [InlineData("", true)]
    [InlineData("v1.2_3-x", true)]
    [InlineData("_", false)]
    [InlineData("a b", false)]
    public void Label_values_may_be_empty(string value, bool valid) =>
        Assert.Equal(valid, NameSyntax.IsLabelValue(value));

    [Fact]
    public void Dns_subdomain_is_limited_to_253_characters()
    {
        var label = new string('a', 63);
        var ok = string.Join('.', label, label, label, new string('a', 61));
        Assert.True(NameSyntax.IsDnsSubdomain(ok));
        Assert.False(NameSyntax.IsDnsSubdomain(ok + "a"));
    }
}
