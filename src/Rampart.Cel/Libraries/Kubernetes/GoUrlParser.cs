using Rampart.Cel.Libraries.Extensions;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>Go's net/url parse, ParseRequestURI and authority rules, with Go's error texts.</summary>
internal static class GoUrlParser
{
    public static (GoUrl?, string?) ParseWithFragment(string text)
    {
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var main = hash < 0 ? text : text[..hash];
        var (url, error) = Parse(main, viaRequest: false);
        if (url is null || hash < 0)
        {
            return (url, error);
        }

        var fragment = UrlEscaping.ToByteString(text[(hash + 1)..]);
        if (UrlEscaping.Unescape(fragment, UrlEncoding.Fragment, out var decoded) is { } fragmentError)
        {
            return (null, Wrap(text, fragmentError));
        }

        url.FragmentBytes = decoded;
        return (url, null);
    }

    public static (GoUrl?, string?) Parse(string text, bool viaRequest)
    {
        var error = ParseCore(UrlEscaping.ToByteString(text), viaRequest, out var url);
        return error is null ? (url, null) : (null, Wrap(text, error));
    }

    private static string Wrap(string text, string error) => "parse " + GoQuote.Quote(text) + ": " + error;

    private static string? ParseCore(string raw, bool viaRequest, out GoUrl url)
    {
        url = new GoUrl();
        if (raw.Any(c => c < 0x20 || c == 0x7f))
        {
            return "net/url: invalid control character in URL";
        }

        if (raw.Length == 0 && viaRequest)
        {
            return "empty url";
        }

        if (raw == "*")
        {
            url.PathBytes = "*";
            return null;
        }

        if (SplitScheme(raw, out var scheme, out var rest) is { } schemeError)
        {
            return schemeError;
        }

        url.Scheme = UrlEscaping.FromByteString(scheme).ToLowerInvariant();
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (rest.EndsWith('?') && question == rest.Length - 1)
        {
            rest = rest[..^1];
        }
        else if (question >= 0)
        {
            url.RawQueryBytes = rest[(question + 1)..];
            rest = rest[..question];
        }

        if (!rest.StartsWith('/'))
        {
            if (url.Scheme.Length != 0)
            {
                url.Opaque = UrlEscaping.FromByteString(rest);
                return null;
            }

            if (viaRequest)
            {
                return "invalid URI for request";
            }

            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if ((slash < 0 ? rest : rest[..slash]).Contains(':', StringComparison.Ordinal))
            {
                return "first path segment in URL cannot contain colon";
            }
        }

        if ((url.Scheme.Length != 0 || (!viaRequest && !rest.StartsWith("///", StringComparison.Ordinal))) && rest.StartsWith("//", StringComparison.Ordinal))
        {
            var authority = rest[2..];
            rest = string.Empty;
            var slash = authority.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                rest = authority[slash..];
                authority = authority[..slash];
            }

            if (ParseAuthority(authority, out var host) is { } authorityError)
            {
                return authorityError;
            }

            url.Host = UrlEscaping.FromByteString(host);
            var at = authority.LastIndexOf('@');
            url.UserInfo = at < 0 ? null : UrlEscaping.FromByteString(authority[..at]);
        }

        if (UrlEscaping.Unescape(rest, UrlEncoding.Path, out var path) is { } pathError)
        {
            return pathError;
        }

        url.PathBytes = path;
        url.RawPathBytes = UrlEscaping.Escape(path, UrlEncoding.Path) == rest ? string.Empty : rest;
        return null;
    }

    private static string? SplitScheme(string raw, out string scheme, out string rest)
    {
        scheme = string.Empty;
        rest = raw;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsAsciiLetter(c))
            {
                continue;
            }

            if (char.IsAsciiDigit(c) || c is '+' or '-' or '.')
            {
                if (i == 0)
                {
                    return null;
                }

                continue;
            }

            if (c == ':')
            {
                if (i == 0)
                {
                    rest = string.Empty;
                    return "missing protocol scheme";
                }

                scheme = raw[..i];
                rest = raw[(i + 1)..];
            }

            return null;
        }

        return null;
    }

    private static string? ParseAuthority(string authority, out string host)
    {
        var at = authority.LastIndexOf('@');
        var error = ParseHost(at < 0 ? authority : authority[(at + 1)..], out host);
        if (error is not null || at < 0)
        {
            return error;
        }

        var userinfo = authority[..at];
        if (!userinfo.All(c => char.IsAsciiLetterOrDigit(c) || "-._:~!$&'()*+,;=%@".Contains(c, StringComparison.Ordinal)))
        {
            return "net/url: invalid userinfo";
        }

        var colon = userinfo.IndexOf(':', StringComparison.Ordinal);
        var user = colon < 0 ? userinfo : userinfo[..colon];
        var password = colon < 0 ? string.Empty : userinfo[(colon + 1)..];
        return UrlEscaping.Unescape(user, UrlEncoding.UserPassword, out _) ?? UrlEscaping.Unescape(password, UrlEncoding.UserPassword, out _);
    }

    private static string? ParseHost(string host, out string result)
    {
        result = string.Empty;
        if (host.StartsWith('['))
        {
            return ParseBracketedHost(host, out result);
        }

        var colon = host.LastIndexOf(':');
        if (colon != -1 && !ValidOptionalPort(host[colon..]))
        {
            return "invalid port " + GoQuote.Quote(UrlEscaping.FromByteString(host[colon..])) + " after host";
        }

        return UrlEscaping.Unescape(host, UrlEncoding.Host, out result);
    }

    private static string? ParseBracketedHost(string host, out string result)
    {
        result = string.Empty;
        var close = host.LastIndexOf(']');
        if (close < 0)
        {
            return "missing ']' in host";
        }

        var colonPort = host[(close + 1)..];
        if (!ValidOptionalPort(colonPort))
        {
            return "invalid port " + GoQuote.Quote(UrlEscaping.FromByteString(colonPort)) + " after host";
        }

        var zone = host[..close].IndexOf("%25", StringComparison.Ordinal);
        if (zone >= 0)
        {
            if (UrlEscaping.Unescape(host[..zone], UrlEncoding.Host, out var part1) is { } error1)
            {
                return error1;
            }

            if (UrlEscaping.Unescape(host[zone..close], UrlEncoding.Zone, out var part2) is { } error2)
            {
                return error2;
            }

            if (UrlEscaping.Unescape(host[close..], UrlEncoding.Host, out var part3) is { } error3)
            {
                return error3;
            }

            result = part1 + part2 + part3;
            return null;
        }

        if (UrlEscaping.Unescape(host[1..close], UrlEncoding.Host, out var literal) is { } literalError)
        {
            return literalError;
        }

        var (address, addressError) = NetworkAddress.Parse(UrlEscaping.FromByteString(literal));
        if (address is null)
        {
            return "invalid host: " + addressError;
        }

        if (address.IsIPv4)
        {
            return "invalid IP-literal";
        }

        return UrlEscaping.Unescape(host, UrlEncoding.Host, out result);
    }

    internal static bool ValidOptionalPort(string port)
    {
        if (port.Length == 0)
        {
            return true;
        }

        return port[0] == ':' && port.Skip(1).All(char.IsAsciiDigit);
    }
}
