using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>A <c>kubernetes.NamedFormat</c> value, as <c>format.named('dns1123Label')</c> returns it.</summary>
public sealed class NamedFormatValue(NamedFormat format) : CelValue
{
    public NamedFormat Format { get; } = format;

    public override CelType Type => KubernetesTypes.NamedFormat;

    public override bool CelEquals(CelValue other) => other is NamedFormatValue f && string.Equals(f.Format.Key, Format.Key, StringComparison.Ordinal);

    public override int CelHashCode() => StringComparer.Ordinal.GetHashCode(Format.Key);

    public override string ToString() => Format.Name;
}
