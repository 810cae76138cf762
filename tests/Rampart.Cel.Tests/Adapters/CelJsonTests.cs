using Rampart.Cel.Values;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Adapters;

public sealed class CelJsonTests
{
    [Theory]
    [InlineData("{'a': [1, 2u, 1.5, true, null], 1: b'hi'}", """{"a":[1,2,1.5,true,null],"1":"aGk="}""")]
    [InlineData("[timestamp('2024-01-01T00:00:00Z'), duration('1m30s'), int, 0.0/0.0]", """["2024-01-01T00:00:00Z","90s","int","NaN"]""")]
    [InlineData("[optional.of('x'), optional.none()]", """["x",null]""")]
    public void Values_are_written_as_json(string source, string expected)
    {
        Assert.Equal(expected, CelJson.ToJson(Evaluate(source)));
    }

    [Fact]
    public void Result_envelope_holds_a_value()
    {
        Assert.Equal("""{"value":42}""", CelJson.ResultToJson(Evaluate("40 + 2")));
    }

    [Fact]
    public void Result_envelope_of_an_error_holds_message_line_and_column()
    {
        Assert.Equal("""{"error":"division by zero","line":1,"column":8}""", CelJson.ResultToJson(Evaluate("1 + (2 / 0)")));
    }

    [Fact]
    public void Compile_errors_are_written_with_line_and_column()
    {
        var result = Standard.Compile("1 +");
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            CelJson.WriteCompileErrors(writer, result.Errors);
        }

        Assert.Equal("""{"error":"unexpected end of expression","line":1,"column":4}""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
