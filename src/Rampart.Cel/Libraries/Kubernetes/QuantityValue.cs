using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>A <c>kubernetes.Quantity</c> value: equal when numerically equal (<c>quantity('1k') == quantity('1000')</c>).</summary>
public sealed class QuantityValue(KubernetesQuantity quantity) : CelValue
{
    public KubernetesQuantity Quantity { get; } = quantity;

    public override CelType Type => KubernetesTypes.Quantity;

    public override bool CelEquals(CelValue other) => other is QuantityValue q && q.Quantity.Equals(Quantity);

    public override int CelHashCode() => Quantity.GetHashCode();

    public override string ToString() => Quantity.ToString();
}
