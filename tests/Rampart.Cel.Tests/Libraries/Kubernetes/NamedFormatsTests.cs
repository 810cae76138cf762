using Rampart.Cel.Libraries.Kubernetes;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class NamedFormatsTests
{
    private const string LabelRegexError =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    private static IReadOnlyList<string> Validate(string format, string value) => NamedFormats.All[format].Validate(value);

    [Theory]
    [InlineData("dns1123Label", "my-name")]
    [InlineData("dns1123Label", "123-abc")]
    [InlineData("dns1123Subdomain", "apiextensions.k8s.io")]
    [InlineData("dns1035Label", "my-name")]
    [InlineData("qualifiedName", "apiextensions.k8s.io/v1beta1")]
    [InlineData("qualifiedName", "MyName")]
    [InlineData("dns1123LabelPrefix", "my-label-prefix-")]
    [InlineData("dns1123SubdomainPrefix", "mysubdomain.prefix.-")]
    [InlineData("dns1035LabelPrefix", "my-label-prefix-")]
    [InlineData("labelValue", "")]
    [InlineData("labelValue", "my_value.1")]
    [InlineData("uri", "http://example.com")]
    [InlineData("uuid", "123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("uuid", "123E4567E89B12D3A456426614174000")]
    [InlineData("byte", "aGVsbG8=")]
    [InlineData("date", "2020-02-29")]
    [InlineData("datetime", "2021-01-01T00:00:00Z")]
    [InlineData("datetime", "2021-01-01t23:59:59.123+01:00")]
    public void Valid_value_has_no_errors(string format, string value)
    {
        Assert.Empty(Validate(format, value));
    }

    [Fact]
    public void Label_with_capitals_gets_the_regex_message()
    {
        Assert.Equal([LabelRegexError], Validate("dns1123Label", "My-Name"));
    }

    [Fact]
    public void Label_with_dots_is_told_not_to_contain_dots()
    {
        Assert.Equal(["must not contain dots"], Validate("dns1123Label", "a.b"));
    }

    [Fact]
    public void Overlong_label_gets_length_and_pattern_errors_in_order()
    {
        Assert.Equal(["must be no more than 63 characters"], Validate("dns1123Label", new string('a', 64)));
        Assert.Equal(["must be no more than 63 characters", LabelRegexError], Validate("dns1123Label", new string('-', 64)));
    }

    [Fact]
    public void Dns1035_label_must_start_with_a_letter()
    {
        Assert.Equal(
            ["a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"],
            Validate("dns1035Label", "1abc"));
    }

    [Fact]
    public void Qualified_name_checks_prefix_and_name_parts()
    {
        Assert.Equal(["prefix part must be non-empty"], Validate("qualifiedName", "/name"));
        Assert.Equal(
            ["name part must be non-empty", "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"],
            Validate("qualifiedName", "example.com/"));
        var tooMany = Assert.Single(Validate("qualifiedName", "a/b/c"));
        Assert.StartsWith("a valid label key must consist of", tooMany, StringComparison.Ordinal);
        Assert.EndsWith("with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')", tooMany, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uuid", "123e4567-e89b-12d3-a456-42661417400", "does not match the UUID format")]
    [InlineData("byte", "aGVsbG8", "invalid base64")]
    [InlineData("byte", "", "invalid base64")]
    [InlineData("date", "2021-02-29", "invalid date")]
    [InlineData("date", "2021-1-01", "invalid date")]
    [InlineData("datetime", "2021-01-01T24:00:00Z", "invalid datetime")]
    [InlineData("datetime", "2021-01-01 00:00:00Z", "invalid datetime")]
    [InlineData("uri", "example.com", "parse \"example.com\": invalid URI for request")]
    [InlineData("labelValue", "-a", "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")]
    public void Invalid_value_gets_the_kubernetes_message(string format, string value, string message)
    {
        Assert.Equal([message], Validate(format, value));
    }

    [Fact]
    public void Every_documented_format_name_is_available()
    {
        string[] names = ["dns1123Label", "dns1123Subdomain", "dns1035Label", "qualifiedName", "dns1123LabelPrefix", "dns1123SubdomainPrefix", "dns1035LabelPrefix", "labelValue", "uri", "uuid", "byte", "date", "datetime"];
        Assert.Equal(names.Order(StringComparer.Ordinal), NamedFormats.All.Keys.Order(StringComparer.Ordinal));
    }
}
