using System.Text;
using Rampart.Cel.Libraries.Extensions;

namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class GoBase64Tests
{
    [Theory]
    [InlineData("aGVsbG8=", "hello")]
    [InlineData("aGVsbG8", "hello")]
    [InlineData("aGVs\nbG8=", "hello")]
    [InlineData("SGVsbG8gV29ybGQh", "Hello World!")]
    [InlineData("", "")]
    [InlineData("aGVsbG9=", "hello")]
    public void Decodes_with_or_without_padding(string text, string expected)
    {
        var (value, error) = GoBase64.DecodeLenient(text);
        Assert.Null(error);
        Assert.Equal(expected, Encoding.UTF8.GetString(value!));
    }

    [Theory]
    [InlineData("a", "illegal base64 data at input byte 0")]
    [InlineData("aGVsbG8==", "illegal base64 data at input byte 7")]
    [InlineData("aGV!", "illegal base64 data at input byte 3")]
    [InlineData("aGVsbG8=x", "illegal base64 data at input byte 7")]
    public void Invalid_input_names_the_offending_byte(string text, string message)
    {
        Assert.Equal((null, message), GoBase64.DecodeLenient(text));
    }

    [Fact]
    public void Encodes_with_padding()
    {
        Assert.Equal("aGVsbG8=", GoBase64.Encode("hello"u8));
    }
}
