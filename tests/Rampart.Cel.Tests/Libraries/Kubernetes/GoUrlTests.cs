using Rampart.Cel.Libraries.Kubernetes;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class GoUrlTests
{
    private static GoUrl U(string text)
    {
        var (url, error) = GoUrl.Parse(text);
        Assert.True(url is not null, error);
        return url!;
    }

    [Theory]
    [InlineData("https://example.com:80/", "https", "example.com:80", "example.com", "80")]
    [InlineData("https://example.com/", "https", "example.com", "example.com", "")]
    [InlineData("https://[::1]:80/", "https", "[::1]:80", "::1", "80")]
    [InlineData("https://[::1]/", "https", "[::1]", "::1", "")]
    [InlineData("https://127.0.0.1:80/", "https", "127.0.0.1:80", "127.0.0.1", "80")]
    [InlineData("/path", "", "", "", "")]
    [InlineData("HTTP://user:pw@Example.com/", "http", "Example.com", "Example.com", "")]
    public void Url_splits_scheme_host_hostname_and_port(string text, string scheme, string host, string hostname, string port)
    {
        var url = U(text);
        Assert.Equal(scheme, url.Scheme);
        Assert.Equal(host, url.Host);
        Assert.Equal(hostname, url.GetHostname());
        Assert.Equal(port, url.GetPort());
    }

    [Theory]
    [InlineData("https://example.com/path", "/path")]
    [InlineData("https://example.com/path with spaces/", "/path%20with%20spaces/")]
    [InlineData("https://example.com", "")]
    [InlineData("https://example.com/a%2Fb", "/a%2Fb")]
    [InlineData("https://example.com/%41", "/%41")]
    [InlineData("https://example.com/ü", "/%C3%BC")]
    [InlineData("https://example.com/a#frag", "/a")]
    public void Escaped_path_keeps_valid_escapes_and_escapes_the_rest(string text, string expected)
    {
        Assert.Equal(expected, U(text).GetEscapedPath());
    }

    [Fact]
    public void Query_groups_values_by_key_in_order()
    {
        var query = U("https://example.com/path?k1=a&k2=b&k2=c").GetQuery();
        Assert.Equal(["k1", "k2"], query.Select(p => p.Key));
        Assert.Equal(["a"], query[0].Value);
        Assert.Equal(["b", "c"], query[1].Value);
    }

    [Theory]
    [InlineData("https://example.com/path?key with spaces=value with spaces", "key with spaces", "value with spaces")]
    [InlineData("https://example.com/?a+b=c%20d", "a b", "c d")]
    [InlineData("https://example.com/?flag", "flag", "")]
    public void Query_decodes_keys_and_values(string text, string key, string value)
    {
        var pair = Assert.Single(U(text).GetQuery());
        Assert.Equal(key, pair.Key);
        Assert.Equal(value, Assert.Single(pair.Value));
    }

    [Fact]
    public void Query_with_one_key_repeated_takes_memory_in_proportion_to_its_length()
    {
        // Each pair used to be cut off a copy of the rest of the query: 200,000 pairs copied 78 GB.
        var small = QueryAllocation(5_000);
        var large = QueryAllocation(50_000);

        Assert.InRange(large, small, small * 11);
    }

    [Theory]
    [InlineData("https://example.com/path?")]
    [InlineData("https://example.com/path")]
    [InlineData("https://example.com/?a=1;b=2")]
    [InlineData("https://example.com/?%zz=1")]
    public void Query_without_valid_pairs_is_empty(string text)
    {
        Assert.Empty(U(text).GetQuery());
    }

    [Theory]
    [InlineData("example.com", "parse \"example.com\": invalid URI for request")]
    [InlineData("", "parse \"\": empty url")]
    [InlineData(":foo", "parse \":foo\": missing protocol scheme")]
    [InlineData("https://example.com/%zz", "parse \"https://example.com/%zz\": invalid URL escape \"%zz\"")]
    [InlineData("https://exa mple.com/", "parse \"https://exa mple.com/\": invalid character \" \" in host name")]
    [InlineData("https://example.com:8x/", "parse \"https://example.com:8x/\": invalid port \":8x\" after host")]
    [InlineData("https://[::1/", "parse \"https://[::1/\": missing ']' in host")]
    [InlineData("http://a\nb", "parse \"http://a\\nb\": net/url: invalid control character in URL")]
    public void Invalid_request_uri_reports_the_go_message(string text, string message)
    {
        var (url, error) = GoUrl.ParseRequestUri(text);
        Assert.Null(url);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("https://example.com")]
    [InlineData("/absolute-path")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("https://user@example.com:443/a?b=c")]
    public void Absolute_uris_and_paths_are_request_uris(string text)
    {
        Assert.Null(GoUrl.ParseRequestUri(text).Error);
    }

    [Fact]
    public void Opaque_url_has_no_host()
    {
        var url = U("mailto:someone@example.com");
        Assert.Equal("mailto", url.Scheme);
        Assert.Equal("someone@example.com", url.Opaque);
        Assert.Equal(string.Empty, url.Host);
    }

    private static long QueryAllocation(int pairs)
    {
        var url = U("https://example.com/?" + string.Join('&', Enumerable.Repeat("key=value", pairs)));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var query = url.GetQuery();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(pairs, Assert.Single(query).Value.Count);
        return allocated;
    }
}
