using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>A <c>kubernetes.Semver</c> value: equal when of equal precedence (build metadata ignored).</summary>
public sealed class SemverValue(SemanticVersion version) : CelValue
{
    public SemanticVersion Version { get; } = version;

    public override CelType Type => KubernetesTypes.Semver;

    public override bool CelEquals(CelValue other) => other is SemverValue v && v.Version.Equals(Version);

    public override int CelHashCode() => Version.GetHashCode();

    public override string ToString() => Version.ToString();
}
