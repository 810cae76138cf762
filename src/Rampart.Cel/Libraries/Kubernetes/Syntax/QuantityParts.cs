namespace Rampart.Cel.Libraries.Kubernetes.Syntax;

/// <summary>
/// A quantity split as written: the sign, the number (<paramref name="Number"/>, signed), its digits before and after
/// the point, and what the suffix means (base 10 or 2, the power, the format it prints with).
/// </summary>
internal readonly record struct QuantityParts(
    bool Positive, string Number, string Numerator, string Denominator, int NumberBase, int Exponent, QuantityFormat Format);
