using Rampart.Templates.Functions;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary><c>.Capabilities.KubeVersion</c>: the version as given, its major and minor, and the normalised <c>vX.Y.Z</c>.</summary>
internal sealed record HelmKubeVersion(string Version, string Major, string Minor, string Normalized) : IGoValue
{
    public GoType GoType => HelmTypes.KubeVersion;

    /// <summary>Parses a Kubernetes version such as <c>v1.30.2</c> or <c>1.29</c>; null when it is not a semantic version.</summary>
    public static HelmKubeVersion? Parse(string text)
    {
        var v = SemVersion.Parse(text);
        if (v is null)
        {
            return null;
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return new HelmKubeVersion(text, v.Major.ToString(inv), v.Minor.ToString(inv), $"v{v.Major}.{v.Minor}.{v.Patch}");
    }
}
