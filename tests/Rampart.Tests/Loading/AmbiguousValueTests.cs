using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class AmbiguousValueTests
{
    [Theory]
    [InlineData("on", "Kubernetes reads `on` as the boolean true (YAML 1.1), YAML 1.2 tools read the string \"on\". Quote it if it is text")]
    [InlineData("No", "Kubernetes reads `No` as the boolean false (YAML 1.1), YAML 1.2 tools read the string \"No\". Quote it if it is text")]
    [InlineData("y", "Kubernetes reads `y` as the boolean true (YAML 1.1), YAML 1.2 tools read the string \"y\". Quote it if it is text")]
    [InlineData("0644", "Kubernetes reads `0644` as the octal number 420 (YAML 1.1), YAML 1.2 tools read the decimal 644. Quote it if it is text")]
    [InlineData("0b1", "Kubernetes reads `0b1` as the binary number 1 (YAML 1.1), YAML 1.2 tools read the string \"0b1\". Quote it if it is text")]
    [InlineData("1_000", "Kubernetes reads `1_000` as the number 1000 (YAML 1.1), YAML 1.2 tools read the string \"1_000\". Quote it if it is text")]
    [InlineData("1:20", "Kubernetes reads `1:20` as the string \"1:20\", but YAML 1.1 tools read it as a base-60 number (80). Quote it if it is text")]
    [InlineData("1e3", "Kubernetes reads `1e3` as the number 1000, YAML 1.1 tools read the string \"1e3\". Quote it if it is text")]
    [InlineData("09", "Kubernetes reads `09` as the number 9, not as the text \"09\". Quote it if it is text")]
    public void Ambiguous_unquoted_values_say_how_kubernetes_reads_them(string text, string message)
    {
        var problem = Loaded.Problem($"spec:\n  value: {text}\n", LoadRules.AmbiguousValue);

        Assert.Equal((2, 10), problem.At());
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("~")]
    [InlineData("0")]
    [InlineData("8080")]
    [InlineData("-1")]
    [InlineData("0x1F")]
    [InlineData("0o17")]
    [InlineData("1.5")]
    [InlineData("nginx:1.25")]
    [InlineData("\"on\"")]
    [InlineData("'0644'")]
    [InlineData("12:30:99")]
    public void Unambiguous_and_quoted_values_give_no_finding(string text)
    {
        Assert.Empty(Loaded.Problems($"value: {text}\n"));
    }

    [Fact]
    public void An_ambiguous_key_says_what_key_kubernetes_sees()
    {
        var problem = Loaded.Problem("data:\n  on: 1\n", LoadRules.AmbiguousValue);

        Assert.Equal((2, 3), problem.At());
        Assert.Contains("as a key it becomes \"true\"", problem.Message, StringComparison.Ordinal);
    }
}
