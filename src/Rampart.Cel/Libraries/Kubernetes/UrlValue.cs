using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>A <c>kubernetes.URL</c> value: equal when every component is equal.</summary>
public sealed class UrlValue(GoUrl url) : CelValue
{
    public GoUrl Url { get; } = url;

    public override CelType Type => KubernetesTypes.Url;

    public override bool CelEquals(CelValue other) => other is UrlValue u && string.Equals(u.Key, Key, StringComparison.Ordinal);

    public override int CelHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Key;

    private string Key => Url.ToString();
}
