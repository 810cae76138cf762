using Microsoft.AspNetCore.Routing;
using Rampart.Server.Recording;

namespace Rampart.Server;

/// <summary>How <c>rampart serve</c> was asked to run: where it listens, its certificate, and the policy set's configuration.</summary>
public sealed record ServeOptions
{
    /// <summary>The URLs Kestrel listens on (<c>https://0.0.0.0:8443</c>); <c>http://</c> URLs get no TLS (tests, a sidecar proxy).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["https://0.0.0.0:8443"];

    /// <summary>PEM certificate (chain) file; reloaded when it changes.</summary>
    public string? TlsCertificatePath { get; init; }

    /// <summary>PEM private key file of <see cref="TlsCertificatePath"/>.</summary>
    public string? TlsKeyPath { get; init; }

    /// <summary>Make an in-memory self-signed certificate instead of reading one.</summary>
    public bool SelfSigned { get; init; }

    /// <summary><c>rampart.yaml</c>; null to look for one in <see cref="Root"/>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The folder policy folders and the configuration are found from (the configuration's folder when one is named).</summary>
    public string? Root { get; init; }

    /// <summary>Policy folders besides those of <c>rampart.yaml</c> (as <c>scan --policies</c>).</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>The namespace the webhook runs in, exempt from its own checks (<c>POD_NAMESPACE</c> in a pod).</summary>
    public string? OwnNamespace { get; init; }

    /// <summary>How often the certificate files are checked besides file-system notifications.</summary>
    public TimeSpan CertificatePollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Today, for waiver expiry; null for the clock's date.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// Endpoint groups mapped besides the webhook's own (<c>/validate</c>, <c>/healthz</c>, <c>/readyz</c>,
    /// <c>/metrics</c>): each is one call on the application's routes, e.g. a findings store's HTTP API.
    /// </summary>
    public IReadOnlyList<Action<IEndpointRouteBuilder>> EndpointGroups { get; init; } = [];

    /// <summary>Where decisions with findings are recorded (through a bounded background queue); null: nowhere.</summary>
    public IAdmissionRecorder? Recorder { get; init; }

    /// <summary>How many decisions may wait for the recorder before new ones are dropped (and counted).</summary>
    public int RecordQueueCapacity { get; init; } = AdmissionRecordQueue.DefaultCapacity;
}
