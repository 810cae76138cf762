using Rampart.Cel.Values;
using static Rampart.Cel.Tests.Libraries.LibraryHarness;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class QuantitySemverUrlLibraryTests
{
    private static CelValue Q(string text) => Call("string_to_quantity", S(text));

    private static CelValue V(string text) => Call("string_to_semver", S(text));

    private static CelValue Url(string text) => Call("string_to_url", S(text));

    [Fact]
    public void Quantity_functions_match_the_kubernetes_examples()
    {
        Assert.True(Q("200M").CelEquals(Q("0.2G")));
        Is(I(-1), Call("quantity_compare_to", Q("50M"), Q("50Mi")));
        Is(B(true), Call("quantity_is_greater_than", Q("150Mi"), Q("100Mi")));
        Is(B(true), Call("quantity_is_less_than", Q("50M"), Q("100M")));
        Assert.True(Call("quantity_add", Q("50k"), Q("20")).CelEquals(Q("50.02k")));
        Assert.True(Call("quantity_sub_int", Q("50k"), I(20)).CelEquals(Q("49980")));
        Is(I(50000), Call("quantity_get_int", Q("50k")));
        Is(D(50703), Call("quantity_get_float", Q("50.703k")));
        Is(B(false), Call("quantity_is_integer", Q("9999999999999999999999999999999999999G")));
        IsError(Call("quantity_get_int", Q("9999999999999999999999999999999999999G")), "cannot convert value to integer");
        Is(I(-1), Call("quantity_sign", Q("-1m")));
        Is(I(0), Call("quantity_sign", Q("0")));
    }

    [Fact]
    public void Quantity_parse_errors_are_values()
    {
        IsError(Q("10Mm"), "unable to parse quantity's suffix");
        Is(B(false), Call("is_quantity_string", S("1,3G")));
        Is(B(true), Call("is_quantity_string", S("1.3Gi")));
    }

    [Fact]
    public void Semver_functions()
    {
        Is(I(1), Call("semver_major", V("1.2.3")));
        Is(I(2), Call("semver_minor", V("1.2.3")));
        Is(I(3), Call("semver_patch", V("1.2.3")));
        Is(I(-1), Call("semver_compare_to", V("1.2.3"), V("2.0.0")));
        Is(B(true), Call("semver_is_greater_than", V("1.2.3"), V("0.1.2")));
        Is(B(false), Call("is_semver_string", S("v1.0")));
        Is(B(true), Call("is_semver_string_bool", S("v1.0"), B(true)));
        Assert.True(Call("string_bool_to_semver", S("01.01.01"), B(true)).CelEquals(V("1.1.1")));
        IsError(V("1.0"), "No Major.Minor.Patch elements found");
    }

    [Fact]
    public void Url_accessors()
    {
        Is(S("example.com:80"), Call("url_get_host", Url("https://example.com:80/")));
        Is(S("::1"), Call("url_get_hostname", Url("https://[::1]:80/")));
        Is(S("80"), Call("url_get_port", Url("https://[::1]:80/")));
        Is(S("https"), Call("url_get_scheme", Url("https://example.com/")));
        Is(S("/path%20with%20spaces/"), Call("url_get_escaped_path", Url("https://example.com/path with spaces/")));
        Is(S(string.Empty), Call("url_get_host", Url("/path")));
        Is(B(false), Call("is_url_string", S("example.com")));
        IsError(Url("example.com"), "URL parse error during conversion from string: parse \"example.com\": invalid URI for request");
    }

    [Fact]
    public void Url_query_is_a_map_of_lists()
    {
        var query = Assert.IsAssignableFrom<CelMap>(Call("url_get_query", Url("https://example.com/path?k1=a&k2=b&k2=c")));
        var expected = CelMap.Of([new(S("k1"), L(S("a"))), new(S("k2"), L(S("b"), S("c")))]);
        Assert.True(expected.CelEquals(query));
        Assert.Equal(0, ((CelMap)Call("url_get_query", Url("https://example.com/path?"))).Count);
    }

    [Fact]
    public void Url_keeps_the_fragment_apart_from_path_and_query()
    {
        var url = Url("https://example.com/a?b=c#frag");
        Is(S("/a"), Call("url_get_escaped_path", url));
        var query = (CelMap)Call("url_get_query", url);
        Assert.True(query.TryGetValue(S("b"), out var values));
        Is(L(S("c")), values);
    }
}
