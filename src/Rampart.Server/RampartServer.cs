using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.Server.Admission;
using Rampart.Server.Hosting;
using Rampart.Server.Metrics;
using Rampart.Server.Recording;
using Rampart.Server.Tls;

namespace Rampart.Server;

/// <summary>
/// Builds the <c>rampart serve</c> host: Kestrel (HTTPS with a certificate reloaded when its files change, or a
/// self-signed one), JSON console logs, the policy set loaded as <c>scan</c> loads it, and the endpoints:
/// <c>/validate</c>, <c>/healthz</c>, <c>/readyz</c>, <c>/metrics</c>, plus any <see cref="ServeOptions.EndpointGroups"/>.
/// </summary>
public static class RampartServer
{
    /// <summary>The host, or the errors that keep it from starting (bad configuration, policies, certificate, URLs).</summary>
    public static (RampartHost? Host, IReadOnlyList<string> Errors) Create(ServeOptions options, Action<ILoggingBuilder>? logging = null)
    {
        var errors = new List<string>();
        var addresses = options.Urls.Select(url => ListenAddress.Parse(url, out var error) ?? Error(errors, error)).OfType<ListenAddress>().ToList();
        var https = addresses.Any(a => a.Https);
        if (https && !options.SelfSigned && (options.TlsCertificatePath is null || options.TlsKeyPath is null))
        {
            errors.Add("an https:// URL needs --tls-cert FILE and --tls-key FILE, or --self-signed");
        }

        if (options.SelfSigned && (options.TlsCertificatePath is not null || options.TlsKeyPath is not null))
        {
            errors.Add("--self-signed and --tls-cert/--tls-key exclude each other");
        }

        var (policies, policyErrors) = AdmissionPoliciesLoader.Load(options);
        errors.AddRange(policyErrors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Rampart.Server", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            json.JsonWriterOptions = new JsonWriterOptions { Indented = false };
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        logging?.Invoke(builder.Logging);

        using var bootstrapFactory = LoggerFactory.Create(b => { b.ClearProviders(); b.AddJsonConsole(); logging?.Invoke(b); });
        var startupLogger = bootstrapFactory.CreateLogger("Rampart.Server");
        CertificateHolder? holder = null;
        if (https)
        {
            try
            {
                holder = options.SelfSigned
                    ? CertificateHolder.Fixed(SelfSignedCertificate.Create([]), startupLogger)
                    : CertificateHolder.FromFiles(options.TlsCertificatePath!, options.TlsKeyPath!, options.CertificatePollInterval, startupLogger);
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
            {
                return (null, [$"cannot read the certificate {options.TlsCertificatePath} with the key {options.TlsKeyPath}: {e.Message}"]);
            }

            if (options.SelfSigned)
            {
                startupLogger.LogWarning("serving with an in-memory self-signed certificate (thumbprint {Thumbprint}); the API server will not trust it without its caBundle", holder.Current.Thumbprint);
            }
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // The body limit is applied by /validate itself, so that an oversized review gets a 400 with the reason.
            kestrel.Limits.MaxRequestBodySize = null;
            foreach (var address in addresses)
            {
                void Configure(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen)
                {
                    if (address.Https)
                    {
                        listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificateSelector = (_, _) => holder!.Current });
                    }
                }

                if (address.Localhost)
                {
                    kestrel.ListenLocalhost(address.Port, Configure);
                }
                else
                {
                    kestrel.Listen(address.Address!, address.Port, Configure);
                }
            }
        });

        var today = options.Today is { } fixedDay ? () => fixedDay : (Func<DateOnly>)(() => DateOnly.FromDateTime(DateTime.UtcNow));
        var decider = new AdmissionDecider(policies!, TimeSpan.FromMilliseconds(policies!.Settings.TimeoutMilliseconds), today);
        var metrics = new ServerMetrics();
        var state = new ServerState();
        builder.Services.AddSingleton(decider);
        builder.Services.AddSingleton(metrics);
        builder.Services.AddSingleton(state);
        if (options.Recorder is { } recorder)
        {
            builder.Services.AddSingleton(services => new AdmissionRecordQueue(
                recorder, services.GetRequiredService<ILoggerFactory>().CreateLogger("Rampart.Server.Recording"), options.RecordQueueCapacity));
        }

        builder.Services.AddSingleton<ValidateEndpoint>();
        builder.Services.AddRouting();
        var app = builder.Build();
        MapEndpoints(app);
        foreach (var group in options.EndpointGroups)
        {
            group(app);
        }

        return (new RampartHost(app, decider, metrics, state, holder), []);
    }

    /// <summary>Maps the webhook's own endpoints; their services must be registered (as <see cref="Create"/> does).</summary>
    public static void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var services = routes.ServiceProvider;
        var endpoint = services.GetRequiredService<ValidateEndpoint>();
        var metrics = services.GetRequiredService<ServerMetrics>();
        var state = services.GetRequiredService<ServerState>();
        var records = services.GetService<AdmissionRecordQueue>();
        routes.MapPost("/validate", endpoint.Handle);
        routes.MapGet("/healthz", () => Results.Text("ok\n"));
        routes.MapGet("/readyz", () => state.Ready
            ? Results.Text($"ready: {state.PolicyCount} policies compiled\n")
            : Results.Text("not ready: compiling the policies\n", statusCode: StatusCodes.Status503ServiceUnavailable));
        routes.MapGet("/metrics", () => Results.Text(PrometheusText.Write(metrics, records), PrometheusText.ContentType));
    }

    private static ListenAddress? Error(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }

        return null;
    }
}
