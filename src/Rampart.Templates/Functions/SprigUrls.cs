using System.Text;
using Rampart.Templates.Values;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's urlParse and urlJoin over Go's url.URL fields.</summary>
internal static class SprigUrls
{
    public static GoMap Parse(string s)
    {
        string scheme = "", opaque = "", userinfo = "", host = "", path, query = "", fragment = "";
        var rest = s;
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && char.IsAsciiLetter(rest[0]) && rest[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            scheme = rest[..colon].ToLowerInvariant();
            rest = rest[(colon + 1)..];
        }

        var q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var authority = slash >= 0 ? rest[..slash] : rest;
            rest = slash >= 0 ? rest[slash..] : "";
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                userinfo = authority[..at];
                authority = authority[(at + 1)..];
            }

            host = authority;
        }
        else if (scheme.Length > 0 && !rest.StartsWith('/'))
        {
            opaque = rest;
            rest = "";
        }

        path = Uri.UnescapeDataString(rest);
        var hostname = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return new GoMap
        {
            ["scheme"] = scheme,
            ["host"] = host,
            ["hostname"] = hostname,
            ["path"] = path,
            ["query"] = query,
            ["opaque"] = opaque,
            ["fragment"] = fragment,
            ["userinfo"] = userinfo,
        };
    }

    public static string Join(IDictionary<string, object?> d)
    {
        string Get(string k) => d.TryGetValue(k, out var v) && v is string s ? s : "";
        var sb = new StringBuilder();
        if (Get("scheme") is { Length: > 0 } scheme)
        {
            sb.Append(scheme).Append(':');
        }

        if (Get("opaque") is { Length: > 0 } opaque)
        {
            sb.Append(opaque);
        }
        else
        {
            if (Get("host").Length > 0 || Get("userinfo").Length > 0)
            {
                sb.Append("//");
                if (Get("userinfo") is { Length: > 0 } user)
                {
                    sb.Append(user).Append('@');
                }

                sb.Append(Get("host"));
            }

            sb.Append(string.Join('/', Get("path").Split('/').Select(Uri.EscapeDataString)));
        }

        if (Get("query") is { Length: > 0 } query)
        {
            sb.Append('?').Append(query);
        }

        if (Get("fragment") is { Length: > 0 } fragment)
        {
            sb.Append('#').Append(Uri.EscapeDataString(fragment));
        }

        return sb.ToString();
    }
}
