using System.Net;
using System.Net.Sockets;

namespace Rampart.Testing;

/// <summary>
/// Starts and stops an <see cref="HttpListener"/> on a free port of 127.0.0.1 for one test server. HttpListener cannot
/// bind port 0, so a free port is probed and bound, again with a new listener when another process took it in between
/// (a listener that failed to start keeps the port it could not bind).
/// </summary>
internal static class LoopbackListener
{
    public static (HttpListener Listener, string BaseUrl) Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var url = $"http://127.0.0.1:{FreePort()}/";
            var candidate = new HttpListener();
            candidate.Prefixes.Add(url);
            try
            {
                candidate.Start();
                return (candidate, url);
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                Abort(candidate);
            }
        }
    }

    /// <summary>
    /// Closes the listener once. Stop followed by Close unregisters the port twice, and .NET's managed listener binds
    /// the port again to unregister it the second time: that fails when another process took the port meanwhile.
    /// </summary>
    public static void Stop(HttpListener listener)
    {
        try
        {
            listener.Close();
        }
        catch (HttpListenerException)
        {
            Abort(listener);
        }
    }

    private static void Abort(HttpListener listener)
    {
        try
        {
            listener.Abort();
        }
        catch (HttpListenerException)
        {
            // it never listened, or it is gone already
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
