using System.Net;

namespace Rampart.Server.Hosting;

/// <summary>One <c>--urls</c> entry: scheme, address and port (<c>https://0.0.0.0:8443</c>, <c>http://localhost:0</c>).</summary>
internal sealed record ListenAddress(bool Https, IPAddress? Address, bool Localhost, int Port)
{
    public static ListenAddress? Parse(string url, out string? error)
    {
        error = null;
        var text = url.Trim().Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || (uri.AbsolutePath != "/" && uri.AbsolutePath.Length > 0))
        {
            error = $"--urls '{url}' is not an http:// or https:// address with a host and a port (e.g. https://0.0.0.0:8443)";
            return null;
        }

        var host = uri.Host.Trim('[', ']');
        var localhost = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);
        IPAddress? address = null;
        if (!localhost && !IPAddress.TryParse(host, out address))
        {
            error = $"--urls '{url}': the host must be an IP address, localhost, * or + (a name would need resolving)";
            return null;
        }

        return new ListenAddress(uri.Scheme == Uri.UriSchemeHttps, address, localhost, uri.Port);
    }
}
