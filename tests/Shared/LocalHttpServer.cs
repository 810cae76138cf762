using System.Net;

namespace Rampart.Testing;

/// <summary>
/// An HTTP server on 127.0.0.1 for one test: each request's path goes to <c>handler</c>, which returns the
/// status, the body, and an optional delay (<see cref="Timeout.InfiniteTimeSpan"/>: no answer until the server is
/// disposed, so a client's timeout fires whatever the machine's load). Stops when disposed.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener;
    private readonly Func<string, (int Status, byte[] Body, TimeSpan Delay)> handler;
    private readonly Task loop;
    private readonly CancellationTokenSource stopping = new();
    private int requests;

    public LocalHttpServer(Func<string, (int Status, byte[] Body, TimeSpan Delay)> handler)
    {
        this.handler = handler;
        (listener, BaseUrl) = LoopbackListener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public int Requests => Volatile.Read(ref requests);

    /// <summary>Serves the files under <paramref name="root"/>; a request for a missing file gets 404.</summary>
    public static LocalHttpServer ForFolder(string root, Func<string, string?>? mapPath = null) => new(path =>
    {
        var relative = mapPath is null ? path.TrimStart('/') : mapPath(path);
        var file = relative is null ? null : Path.GetFullPath(Path.Combine(root, relative));
        return file is not null && file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && File.Exists(file)
            ? (200, File.ReadAllBytes(file), TimeSpan.Zero)
            : (404, "not found"u8.ToArray(), TimeSpan.Zero);
    });

    public void Dispose()
    {
        stopping.Cancel();
        LoopbackListener.Stop(listener);
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the listener was stopped while a request was in flight
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref requests);
        try
        {
            var (status, body, delay) = handler(context.Request.Url!.PathAndQuery);
            if (delay != TimeSpan.Zero)
            {
                await Task.Delay(delay, stopping.Token);
            }

            context.Response.StatusCode = status;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // the client gave up (timeouts are part of the tests), or the server stopped before answering
        }
    }
}
