using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Kubernetes.Syntax;

namespace Rampart.Cel.Tests.Libraries.Kubernetes.Syntax;

public sealed class QuantityAndNameSyntaxTests
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
    [InlineData("1e99999999999999999999", false)]
    public void Quantity_syntax_is_that_of_kubernetes(string text, bool valid)
    {
        Assert.Equal(valid, QuantitySyntax.IsValid(text));

        // CEL's quantity() reads the same syntax (its bounds on the value are far above these texts).
        Assert.Equal(valid, KubernetesQuantity.Parse(text).Success);
    }

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
        Assert.True(NameSyntax.IsDns1123Subdomain(ok));
        Assert.False(NameSyntax.IsDns1123Subdomain(ok + "a"));
    }

    [Fact]
    public void Dns_subdomain_labels_are_not_limited_to_63_characters()
    {
        // apimachinery's IsDNS1123Subdomain bounds the whole name only.
        var longLabel = new string('a', 64);

        Assert.True(NameSyntax.IsDns1123Subdomain(longLabel + ".example.com"));
        Assert.False(NameSyntax.IsDns1123Label(longLabel));
    }

    [Theory]
    [InlineData("my-name", true, true)]
    [InlineData("1abc", true, false)]
    [InlineData("abc-", false, false)]
    [InlineData("a.b", false, false)]
    [InlineData("ABC", false, false)]
    public void Dns_labels_of_1123_and_1035_differ_in_the_first_character(string name, bool rfc1123, bool rfc1035)
    {
        Assert.Equal(rfc1123, NameSyntax.IsDns1123Label(name));
        Assert.Equal(rfc1035, NameSyntax.IsDns1035Label(name));
        Assert.Equal(rfc1123, NameValidation.Dns1123Label(name).Count == 0);
        Assert.Equal(rfc1035, NameValidation.Dns1035Label(name).Count == 0);
    }
}
