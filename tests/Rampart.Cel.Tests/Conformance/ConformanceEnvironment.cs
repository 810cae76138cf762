using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Standard;

namespace Rampart.Cel.Tests.Conformance;

/// <summary>The environment every conformance test starts from: all the engine's libraries.</summary>
internal static class ConformanceEnvironment
{
    public static CelEnvironmentBuilder CreateBuilder() => CelEnvironment.CreateBuilder()
        .UseStandardLibrary()
        .UseExtensionLibraries()
        .UseKubernetesLibraries();
}
