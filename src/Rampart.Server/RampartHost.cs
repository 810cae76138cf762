using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rampart.Server.Admission;
using Rampart.Server.Hosting;
using Rampart.Server.Metrics;
using Rampart.Server.Recording;
using Rampart.Server.Tls;

namespace Rampart.Server;

/// <summary>
/// A built <c>rampart serve</c> host. Starting it binds the addresses and compiles every policy in the background:
/// <c>/healthz</c> answers at once, <c>/readyz</c> once the policies are compiled.
/// </summary>
public sealed partial class RampartHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly CertificateHolder? certificate;
    private readonly ServerState state;
    private readonly ILogger logger;
    private Task? compiling;

    internal RampartHost(WebApplication app, AdmissionDecider decider, ServerMetrics metrics, ServerState state, CertificateHolder? certificate)
    {
        this.app = app;
        this.state = state;
        this.certificate = certificate;
        Decider = decider;
        Metrics = metrics;
        logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Rampart.Server");
    }

    internal AdmissionDecider Decider { get; }
    internal ServerMetrics Metrics { get; }
    internal CertificateHolder? Certificate => certificate;

    /// <summary>The queue of decisions for the recorder, when one is configured.</summary>
    internal AdmissionRecordQueue? Records => app.Services.GetService<AdmissionRecordQueue>();

    /// <summary>The addresses bound, with the ports chosen for port 0.</summary>
    public IReadOnlyList<string> Addresses =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>Completes when the policies are compiled (and <c>/readyz</c> answers 200).</summary>
    public Task Compiled => compiling ?? Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellation = default)
    {
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var analyzer = Decider.Policies.Analyzer;
        compiling = Task.Run(() =>
        {
            analyzer.CompileAll();
            state.MarkReady(analyzer.Policies.Count);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var listening = string.Join(", ", Addresses);
                LogReady(logger, analyzer.Policies.Count, listening);
            }
        }, cancellation);
    }

    /// <summary>Runs until the process is asked to stop (SIGTERM, Ctrl+C).</summary>
    public async Task RunAsync()
    {
        await StartAsync().ConfigureAwait(false);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        certificate?.Dispose();
        await app.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "ready", Message = "ready: {Count} policies compiled; listening on {Addresses}")]
    private static partial void LogReady(ILogger logger, int count, string addresses);
}
