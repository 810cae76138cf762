namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// A URL parsed as Go's net/url parses it, which is what the Kubernetes URL library exposes.
/// Text fields hold decoded values; <see cref="GetEscapedPath"/> re-escapes the path as Go does.
/// </summary>
public sealed class GoUrl
{
    internal GoUrl()
    {
    }

    public string Scheme { get; internal set; } = string.Empty;

    /// <summary>The opaque part of a URL such as <c>mailto:a@b</c>.</summary>
    public string Opaque { get; internal set; } = string.Empty;

    /// <summary>The authority's host and optional port, decoded (for example <c>example.com:80</c> or <c>[::1]:80</c>).</summary>
    public string Host { get; internal set; } = string.Empty;

    /// <summary>The user information before '@', as written (still escaped), or null when there is none.</summary>
    public string? UserInfo { get; internal set; }

    internal string PathBytes { get; set; } = string.Empty;

    internal string RawPathBytes { get; set; } = string.Empty;

    internal string RawQueryBytes { get; set; } = string.Empty;

    internal string FragmentBytes { get; set; } = string.Empty;

    /// <summary>The decoded path.</summary>
    public string Path => UrlEscaping.FromByteString(PathBytes);

    /// <summary>The query without the '?', still encoded.</summary>
    public string RawQuery => UrlEscaping.FromByteString(RawQueryBytes);

    /// <summary>The decoded fragment.</summary>
    public string Fragment => UrlEscaping.FromByteString(FragmentBytes);

    /// <summary>Go's url.ParseRequestURI: an absolute URI or an absolute path, no fragment.</summary>
    public static (GoUrl? Url, string? Error) ParseRequestUri(string text) => GoUrlParser.Parse(text, viaRequest: true);

    /// <summary>Go's url.Parse: any URL reference, with a fragment after '#'.</summary>
    public static (GoUrl? Url, string? Error) Parse(string text) => GoUrlParser.ParseWithFragment(text);

    /// <summary>The host without port or IPv6 brackets.</summary>
    public string GetHostname() => SplitHostPort(Host).Host;

    /// <summary>The port digits, or empty.</summary>
    public string GetPort() => SplitHostPort(Host).Port;

    /// <summary>The path in escaped form: the original escaping when it is valid, else Go's default.</summary>
    public string GetEscapedPath()
    {
        if (RawPathBytes.Length != 0 && UrlEscaping.ValidEncoded(RawPathBytes, UrlEncoding.Path)
            && UrlEscaping.Unescape(RawPathBytes, UrlEncoding.Path, out var decoded) is null && decoded == PathBytes)
        {
            return UrlEscaping.FromByteString(RawPathBytes);
        }

        return PathBytes == "*" ? "*" : UrlEscaping.FromByteString(UrlEscaping.Escape(PathBytes, UrlEncoding.Path));
    }

    /// <summary>
    /// The query as Go's url.Values: keys in order of first appearance, each with its values in order.
    /// Pairs that fail to decode, and pairs containing ';', are skipped as Go skips them. One walk over the
    /// query: each pair is cut out once, so time is linear in its length however many pairs repeat a key.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> GetQuery()
    {
        var order = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var query = RawQueryBytes;
        for (var start = 0; start < query.Length;)
        {
            var amp = query.IndexOf('&', start);
            var end = amp < 0 ? query.Length : amp;
            var pair = query.AsSpan(start, end - start);
            start = end + 1;
            if (pair.IsEmpty || pair.Contains(';'))
            {
                continue;
            }

            var eq = pair.IndexOf('=');
            var rawKey = eq < 0 ? pair.ToString() : pair[..eq].ToString();
            var rawValue = eq < 0 ? string.Empty : pair[(eq + 1)..].ToString();
            if (UrlEscaping.Unescape(rawKey, UrlEncoding.QueryComponent, out var key) is not null
                || UrlEscaping.Unescape(rawValue, UrlEncoding.QueryComponent, out var value) is not null)
            {
                continue;
            }

            key = UrlEscaping.FromByteString(key);
            if (!values.TryGetValue(key, out var list))
            {
                list = [];
                values[key] = list;
                order.Add(new(key, list));
            }

            list.Add(UrlEscaping.FromByteString(value));
        }

        return order;
    }

    /// <summary>The URL reassembled from its parts, as Go's URL.String() writes it.</summary>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        if (Scheme.Length != 0)
        {
            builder.Append(Scheme).Append(':');
        }

        if (Opaque.Length != 0)
        {
            builder.Append(Opaque);
        }
        else
        {
            var path = GetEscapedPath();
            if (Host.Length != 0 || UserInfo is not null || (Scheme.Length != 0 && path.Length == 0))
            {
                builder.Append("//");
                if (UserInfo is not null)
                {
                    builder.Append(UserInfo).Append('@');
                }

                builder.Append(UrlEscaping.FromByteString(UrlEscaping.Escape(UrlEscaping.ToByteString(Host), UrlEncoding.Host)));
            }

            if (path.Length != 0 && path[0] != '/' && Host.Length != 0)
            {
                builder.Append('/');
            }

            builder.Append(path);
        }

        if (RawQueryBytes.Length != 0)
        {
            builder.Append('?').Append(RawQuery);
        }

        if (FragmentBytes.Length != 0)
        {
            builder.Append('#').Append(UrlEscaping.FromByteString(UrlEscaping.Escape(FragmentBytes, UrlEncoding.Fragment)));
        }

        return builder.ToString();
    }

    internal static (string Host, string Port) SplitHostPort(string hostPort)
    {
        var host = hostPort;
        var port = string.Empty;
        var colon = host.LastIndexOf(':');
        if (colon != -1 && GoUrlParser.ValidOptionalPort(host[colon..]))
        {
            port = host[(colon + 1)..];
            host = host[..colon];
        }

        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        return (host, port);
    }
}
