using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary><c>.Capabilities.HelmVersion</c>: the Helm version the rendering follows.</summary>
internal sealed record HelmBuildInfo(string Version) : IGoValue
{
    public GoType GoType => HelmTypes.BuildInfo;
}
