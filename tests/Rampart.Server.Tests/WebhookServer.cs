using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Rampart.Server.Tests;

/// <summary>A real <c>rampart serve</c> host on a loopback port, with its rampart.yaml in a folder of its own.</summary>
internal sealed class WebhookServer : IAsyncDisposable
{
    private readonly TempFolder folder;

    private WebhookServer(TempFolder folder, RampartHost host, HttpClient client, CapturedLogs logs)
    {
        this.folder = folder;
        Host = host;
        Client = client;
        Logs = logs;
    }

    public RampartHost Host { get; }
    public HttpClient Client { get; }
    public CapturedLogs Logs { get; }
    public string Folder => folder.Path;

    /// <summary>Starts a server over plain HTTP (the TLS tests start their own) with <paramref name="config"/> as rampart.yaml.</summary>
    public static async Task<WebhookServer> StartAsync(string? config = null, Func<TempFolder, ServeOptions, ServeOptions>? adjust = null)
    {
        var folder = new TempFolder();
        var options = new ServeOptions { Urls = ["http://127.0.0.1:0"], Root = folder.Path, OwnNamespace = "rampart-system" };
        if (config is not null)
        {
            options = options with { ConfigPath = folder.Write("rampart.yaml", config) };
        }

        options = adjust?.Invoke(folder, options) ?? options;
        var logs = new CapturedLogs();
        var (host, errors) = RampartServer.Create(options, logging => { logging.ClearProviders(); logging.AddProvider(logs); });
        Assert.True(host is not null, string.Join("\n", errors));
        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.Compiled;
        var client = new HttpClient { BaseAddress = new Uri(host.Addresses[0]) };
        return new WebhookServer(folder, host, client, logs);
    }

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/validate", UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Posts a review that must be answered with 200; returns the review's <c>response</c>.</summary>
    public async Task<JsonElement> ValidateAsync(string review)
    {
        var (status, body) = await PostAsync(review);
        Assert.True(status == HttpStatusCode.OK, $"HTTP {(int)status}: {body}");
        using var document = JsonDocument.Parse(body);
        Assert.Equal("admission.k8s.io/v1", document.RootElement.GetProperty("apiVersion").GetString());
        Assert.Equal("AdmissionReview", document.RootElement.GetProperty("kind").GetString());
        return document.RootElement.GetProperty("response").Clone();
    }

    public async Task<string> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}";
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        folder.Dispose();
    }
}
