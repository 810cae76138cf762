namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The suffix family a Kubernetes quantity was written with; it decides how the value prints.</summary>
public enum QuantityFormat
{
    /// <summary>Powers of ten written as an exponent, such as <c>12e6</c>.</summary>
    DecimalExponent,

    /// <summary>Powers of two, such as <c>12Mi</c>.</summary>
    BinarySI,

    /// <summary>Decimal SI suffixes, such as <c>12M</c> or <c>500m</c>.</summary>
    DecimalSI,
}
