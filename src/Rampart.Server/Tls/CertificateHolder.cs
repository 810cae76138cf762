using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace Rampart.Server.Tls;

/// <summary>
/// The server's certificate, read from PEM files and read again when they change (cert-manager rotates them by
/// swapping the secret volume's files): a file-system watcher on their folders, and polling as a fallback where
/// notifications do not arrive. A new certificate serves new connections; one that does not load (a half-written
/// file) is logged and the current one stays until the files are whole.
/// </summary>
internal sealed partial class CertificateHolder : IDisposable
{
    private readonly string? certificatePath;
    private readonly string? keyPath;
    private readonly ILogger logger;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer? timer;
    private readonly Lock gate = new();
    private X509Certificate2 current;
    private (DateTime, long, DateTime, long) stamp;

    private CertificateHolder(X509Certificate2 certificate, string? certificatePath, string? keyPath, TimeSpan poll, ILogger logger)
    {
        current = certificate;
        this.certificatePath = certificatePath;
        this.keyPath = keyPath;
        this.logger = logger;
        if (certificatePath is null || keyPath is null)
        {
            return;
        }

        stamp = Stamp();
        foreach (var folder in new[] { certificatePath, keyPath }.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime };
            watcher.Changed += (_, _) => Refresh();
            watcher.Created += (_, _) => Refresh();
            watcher.Renamed += (_, _) => Refresh();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }

        timer = new Timer(_ => Refresh(), null, poll, poll);
    }

    /// <summary>Raised after a new certificate was loaded.</summary>
    public event Action<X509Certificate2>? Reloaded;

    public X509Certificate2 Current => Volatile.Read(ref current);

    /// <summary>The certificate of the PEM files, watched for changes.</summary>
    /// <exception cref="CryptographicException">The files do not hold a certificate and its key.</exception>
    public static CertificateHolder FromFiles(string certificatePath, string keyPath, TimeSpan poll, ILogger logger) =>
        new(Load(certificatePath, keyPath), certificatePath, keyPath, poll, logger);

    /// <summary>A fixed certificate (self-signed).</summary>
    public static CertificateHolder Fixed(X509Certificate2 certificate, ILogger logger) => new(certificate, null, null, TimeSpan.Zero, logger);

    /// <summary>Reads the files again when their size or time changed; keeps the current certificate when they do not load.</summary>
    public void Refresh()
    {
        if (certificatePath is null || keyPath is null)
        {
            return;
        }

        X509Certificate2 loaded;
        lock (gate)
        {
            var now = Stamp();
            if (now == stamp)
            {
                return;
            }

            try
            {
                loaded = Load(certificatePath, keyPath);
            }
            catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                LogNotLoaded(logger, certificatePath, keyPath, e.Message, Current.Thumbprint);
                return;
            }

            stamp = now;
            if (loaded.Thumbprint == Current.Thumbprint)
            {
                return;
            }

            Volatile.Write(ref current, loaded);
        }

        LogReloaded(logger, certificatePath, loaded.Subject, loaded.Thumbprint, loaded.NotAfter);
        Reloaded?.Invoke(loaded);
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "certificate-reloaded", Message = "certificate reloaded from {Certificate}: {Subject}, thumbprint {Thumbprint}, valid until {NotAfter:O}")]
    private static partial void LogReloaded(ILogger logger, string certificate, string subject, string thumbprint, DateTime notAfter);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "certificate-not-loaded", Message = "certificate files {Certificate} and {Key} changed but do not load ({Reason}); still serving the certificate {Thumbprint}")]
    private static partial void LogNotLoaded(ILogger logger, string certificate, string key, string reason, string thumbprint);

    public void Dispose()
    {
        timer?.Dispose();
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }

    private static X509Certificate2 Load(string certificatePath, string keyPath)
    {
        using var pem = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);

        // A certificate with an ephemeral key cannot serve TLS on every platform: round-trip it through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    private (DateTime, long, DateTime, long) Stamp()
    {
        var certificate = new FileInfo(certificatePath!);
        var key = new FileInfo(keyPath!);
        return (Time(certificate), Size(certificate), Time(key), Size(key));
    }

    private static DateTime Time(FileInfo file) => file.Exists ? file.LastWriteTimeUtc : default;

    private static long Size(FileInfo file) => file.Exists ? file.Length : -1;
}
