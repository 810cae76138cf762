using Rampart.Rendering.Helm;
using Rampart.Templates.Values;

namespace Rampart.Tests.Rendering.Helm;

public sealed class GoTomlTests
{
    [Fact]
    public void FromToml_reads_tables_arrays_of_tables_inline_tables_and_every_string_form()
    {
        var map = GoTomlReader.Read("""
            # settings
            name = "a\tb"
            path = 'C:\dir'
            hex = 0xff
            big = 1_000
            ratio = 2.5e1
            ports = [80, 443,]
            [server.tls]
            on = true
            [[users]]
            id = { first = "x", "last name" = '''y''' }
            [[users]]
            id = {}
            """);
        Assert.False(map.ContainsKey("Error"), map.GetValueOrDefault("Error") as string);
        Assert.Equal("a\tb", map["name"]);
        Assert.Equal(@"C:\dir", map["path"]);
        Assert.Equal(GoNumber.Signed(GoTypes.Int64, 255), map["hex"]);
        Assert.Equal(GoNumber.Signed(GoTypes.Int64, 1000), map["big"]);
        Assert.Equal(25.0, map["ratio"]);
        Assert.Equal([GoNumber.Signed(GoTypes.Int64, 80), GoNumber.Signed(GoTypes.Int64, 443)], Assert.IsType<List<object?>>(map["ports"]));
        Assert.Equal(true, ((GoMap)((GoMap)map["server"]!)["tls"]!)["on"]);
        var users = Assert.IsType<List<object?>>(map["users"]);
        Assert.Equal(2, users.Count);
        Assert.Equal("y", ((GoMap)((GoMap)users[0]!)["id"]!)["last name"]);
    }

    [Fact]
    public void FromToml_reports_a_key_defined_twice_with_its_line()
    {
        var map = GoTomlReader.Read("a = 1\nb = 2\na = 3\n");
        Assert.Equal("toml: line 3 (last key \"a\"): Key 'a' has already been defined.", Assert.Single(map).Value);
    }

    [Fact]
    public void ToToml_writes_arrays_of_tables_as_blocks_and_quotes_keys_that_are_not_bare()
    {
        var value = new GoMap
        {
            ["jobs"] = new List<object?> { new GoMap { ["n"] = 1.0 }, new GoMap { ["n"] = 2.0 } },
            ["a b"] = "x\"y",
        };
        Assert.Equal("\"a b\" = \"x\\\"y\"\n\n[[jobs]]\n  n = 1.0\n\n[[jobs]]\n  n = 2.0\n", GoTomlWriter.Marshal(value));
    }

    [Fact]
    public void ToToml_gives_the_encoders_error_for_a_list_holding_null()
    {
        Assert.Equal("toml: cannot encode array with nil element", GoTomlWriter.Marshal(new GoMap { ["l"] = new List<object?> { 1.0, null } }));
    }
}
