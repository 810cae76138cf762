using System.Net;
using System.Text;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Audit;

/// <summary>
/// A Kubernetes API server that replays recorded responses on 127.0.0.1: each request (method and path with query)
/// takes the next response queued for it; a list nobody queued answers an empty list, anything else 404. Every request
/// is recorded with its body and Authorization header, and a kubeconfig pointing at the server is written.
/// </summary>
internal sealed class RecordedApiServer : IDisposable
{
    private const string EmptyList = """{"kind":"List","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]}""";
    private readonly HttpListener listener;
    private readonly Dictionary<string, Queue<(int Status, string Body)>> responses = new(StringComparer.Ordinal);
    private readonly Task serving;

    public RecordedApiServer()
    {
        (listener, var baseUrl) = LoopbackListener.Start();
        Port = new Uri(baseUrl).Port;
        serving = Task.Run(Serve);
    }

    public int Port { get; }

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Queues a response for <paramref name="method"/> on <paramref name="pathAndQuery"/> (answered once, in order).</summary>
    public RecordedApiServer On(string method, string pathAndQuery, int status, string body)
    {
        var key = $"{method} {pathAndQuery}";
        if (!responses.TryGetValue(key, out var queue))
        {
            responses[key] = queue = new Queue<(int, string)>();
        }

        queue.Enqueue((status, body));
        return this;
    }

    public string WriteKubeconfig(string folder)
    {
        var path = Path.Combine(folder, "kubeconfig");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
              - name: recorded
                cluster:
                  server: http://127.0.0.1:{Port}
            contexts:
              - name: recorded
                context:
                  cluster: recorded
                  user: auditor
            current-context: recorded
            users:
              - name: auditor
                user:
                  token: recorded-token
            """);
        return path;
    }

    private async Task Serve()
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

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var pathAndQuery = context.Request.Url!.PathAndQuery;
            var key = $"{context.Request.HttpMethod} {pathAndQuery}";
            (int Status, string Body) answer;
            lock (Requests)
            {
                Requests.Add(new RecordedRequest(context.Request.HttpMethod, pathAndQuery, body, context.Request.Headers["Authorization"]));
                answer = responses.TryGetValue(key, out var queue) && queue.Count > 0 ? queue.Dequeue()
                    : context.Request.HttpMethod == "GET" && pathAndQuery.Contains("?limit=", StringComparison.Ordinal) ? (200, EmptyList)
                    : (404, """{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}""");
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        LoopbackListener.Stop(listener);
        serving.Wait(TimeSpan.FromSeconds(5));
    }
}
