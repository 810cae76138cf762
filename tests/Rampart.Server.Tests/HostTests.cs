using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Rampart.Server.Tests;

/// <summary>The host: HTTPS with a self-signed or file certificate reloaded on rotation, health, readiness and metrics.</summary>
public sealed class HostTests
{
    [Fact]
    public async Task Over_https_health_readiness_and_metrics_answer_and_metrics_count_the_reviews()
    {
        await using var server = await WebhookServer.StartAsync(null, (_, options) => options with { Urls = ["https://127.0.0.1:0"], SelfSigned = true });
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(server.Host.Addresses[0]) };
        var cancellation = TestContext.Current.CancellationToken;

        using var content = new StringContent(Reviews.For(Reviews.PrivilegedPod));
        using var validated = await client.PostAsync(new Uri("/validate", UriKind.Relative), content, cancellation);
        var healthz = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), cancellation);
        var readyz = await client.GetStringAsync(new Uri("/readyz", UriKind.Relative), cancellation);
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), cancellation);

        Assert.StartsWith("https://", server.Host.Addresses[0], StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, validated.StatusCode);
        Assert.Equal("ok\n", healthz);
        Assert.Matches(@"^ready: \d+ policies compiled", readyz);
        Assert.Contains("# TYPE rampart_admission_request_duration_seconds histogram", metrics, StringComparison.Ordinal);
        Assert.Contains("rampart_admission_request_duration_seconds_bucket{le=\"+Inf\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("rampart_admission_request_duration_seconds_count 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("rampart_admission_decisions_total{policy=\"RMP-K8S-004\",action=\"deny\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("rampart_admission_reviews_total{outcome=\"denied\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("rampart_admission_in_flight_requests 0\n", metrics, StringComparison.Ordinal);
        Assert.Contains(server.Logs.Entries, e => e.Event == "ready");
    }

    [Fact]
    public async Task A_rotated_certificate_is_served_on_the_next_connection()
    {
        using var folder = new TempFolder();
        var (certFile, keyFile) = (Path.Combine(folder.Path, "tls.crt"), Path.Combine(folder.Path, "tls.key"));
        var first = WritePem(certFile, keyFile, "CN=first");
        await using var server = await WebhookServer.StartAsync(null, (_, options) => options with
        {
            Urls = ["https://127.0.0.1:0"],
            TlsCertificatePath = certFile,
            TlsKeyPath = keyFile,
            CertificatePollInterval = TimeSpan.FromMilliseconds(200),
        });
        var reloaded = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Host.Certificate!.Reloaded += certificate => reloaded.TrySetResult(certificate.Thumbprint);

        var before = await ServedThumbprint(server.Host.Addresses[0]);
        var second = WritePem(certFile + ".new", keyFile + ".new", "CN=second");
        File.Move(keyFile + ".new", keyFile, overwrite: true);
        File.Move(certFile + ".new", certFile, overwrite: true);

        // Waits for the watcher (or the polling) to load the new files; the assertion is on what a new connection sees.
        var loaded = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var after = await ServedThumbprint(server.Host.Addresses[0]);

        Assert.Equal(first, before);
        Assert.Equal(second, loaded);
        Assert.Equal(second, after);
        Assert.Contains(server.Logs.Entries, e => e.Event == "certificate-reloaded");
    }

    [Fact]
    public void An_https_url_without_a_certificate_or_with_both_kinds_is_refused_at_start()
    {
        var (none, noneErrors) = RampartServer.Create(new ServeOptions { Urls = ["https://127.0.0.1:0"] });
        var (both, bothErrors) = RampartServer.Create(new ServeOptions { Urls = ["https://127.0.0.1:0"], SelfSigned = true, TlsCertificatePath = "a", TlsKeyPath = "b" });
        var (badUrl, urlErrors) = RampartServer.Create(new ServeOptions { Urls = ["ftp://example"] });

        Assert.Null(none);
        Assert.Contains(noneErrors, e => e.Contains("--tls-cert FILE and --tls-key FILE, or --self-signed", StringComparison.Ordinal));
        Assert.Null(both);
        Assert.Contains(bothErrors, e => e.Contains("exclude each other", StringComparison.Ordinal));
        Assert.Null(badUrl);
        Assert.Contains(urlErrors, e => e.Contains("'ftp://example' is not an http:// or https:// address", StringComparison.Ordinal));
    }

    private static string WritePem(string certFile, string keyFile, string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(certFile, certificate.ExportCertificatePem());
        return certificate.Thumbprint;
    }

    /// <summary>The thumbprint of the certificate a new TLS connection to <paramref name="address"/> is served.</summary>
    private static async Task<string> ServedThumbprint(string address)
    {
        var uri = new Uri(address);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
        string? thumbprint = null;

        // The test trusts exactly what it sees, so that it can read which of its own certificates is served.
        await using var ssl = new SslStream(tcp.GetStream(), false);
        await ssl.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                TargetHost = "localhost",
                RemoteCertificateValidationCallback = (_, certificate, _, _) => (thumbprint = certificate?.GetCertHashString()) is not null,
            },
            TestContext.Current.CancellationToken);
        return thumbprint!;
    }
}
