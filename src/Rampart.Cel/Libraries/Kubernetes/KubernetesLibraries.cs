using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Standard;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// Switches on the Kubernetes CEL libraries (k8s.io/apiserver/pkg/cel/library). Kubernetes also enables
/// cel-go's strings and sets extensions (<see cref="Extensions.ExtensionLibraries"/>).
/// <code>
/// var env = CelEnvironment.CreateBuilder()
///     .UseStandardLibrary()
///     .UseStrings()
///     .UseSets()
///     .UseKubernetesLibraries()
///     .Build();
/// </code>
/// </summary>
public static class KubernetesLibraries
{
    /// <summary>The Kubernetes release whose CEL environment <see cref="UseKubernetesEnvironment"/> follows.</summary>
    public const string KubernetesRelease = "1.36";

    /// <summary>
    /// The CEL environment of the Kubernetes API server (release <see cref="KubernetesRelease"/>): the standard
    /// library, cel-go's extensions with the strings extension at the version Kubernetes pins, every Kubernetes
    /// library, and the API server's compile-time checks (<see cref="CelEnvironmentBuilder.WithKubernetesCompileChecks"/>).
    /// </summary>
    public static CelEnvironmentBuilder UseKubernetesEnvironment(this CelEnvironmentBuilder builder) => builder
        .UseStandardLibrary()
        .AddLibrary(StringsLibrary.KubernetesPinned)
        .UseExtensionLibraries()
        .UseKubernetesLibraries()
        .WithKubernetesCompileChecks();

    /// <summary>Every Kubernetes library: lists, regex, URLs, IP and CIDR, quantity, semver and named formats.</summary>
    public static CelEnvironmentBuilder UseKubernetesLibraries(this CelEnvironmentBuilder builder) => builder
        .UseKubernetesLists()
        .UseKubernetesRegex()
        .UseKubernetesUrls()
        .UseKubernetesNetwork()
        .UseKubernetesQuantity()
        .UseKubernetesSemver()
        .UseKubernetesFormat();

    /// <summary>isSorted, sum, min, max, indexOf and lastIndexOf on lists.</summary>
    public static CelEnvironmentBuilder UseKubernetesLists(this CelEnvironmentBuilder builder) => builder.AddLibrary(KubernetesListsLibrary.Instance);

    /// <summary>find and findAll with RE2 semantics.</summary>
    public static CelEnvironmentBuilder UseKubernetesRegex(this CelEnvironmentBuilder builder) => builder.AddLibrary(RegexLibrary.Instance);

    /// <summary>url, isURL and the URL accessors.</summary>
    public static CelEnvironmentBuilder UseKubernetesUrls(this CelEnvironmentBuilder builder) => builder.AddLibrary(UrlsLibrary.Instance);

    /// <summary>ip, isIP, ip.isCanonical, cidr, isCIDR and their member functions (types net.IP and net.CIDR).</summary>
    public static CelEnvironmentBuilder UseKubernetesNetwork(this CelEnvironmentBuilder builder) => builder.AddLibrary(NetworkLibrary.Instance);

    /// <summary>quantity, isQuantity and the quantity arithmetic and comparisons.</summary>
    public static CelEnvironmentBuilder UseKubernetesQuantity(this CelEnvironmentBuilder builder) => builder.AddLibrary(QuantityLibrary.Instance);

    /// <summary>semver, isSemver and the version accessors and comparisons.</summary>
    public static CelEnvironmentBuilder UseKubernetesSemver(this CelEnvironmentBuilder builder) => builder.AddLibrary(SemverLibrary.Instance);

    /// <summary>format.named, format.&lt;name&gt;() and validate.</summary>
    public static CelEnvironmentBuilder UseKubernetesFormat(this CelEnvironmentBuilder builder) => builder.AddLibrary(FormatLibrary.Instance);
}
