namespace Rampart.Cel.Libraries.Kubernetes.Syntax;

/// <summary>What <see cref="QuantitySyntax.Read"/> found: a quantity, or which part of it is wrong.</summary>
internal enum QuantityShape
{
    Valid,

    /// <summary>Not a number followed by suffix characters.</summary>
    Malformed,

    /// <summary>A number, but a suffix that is neither SI nor an exponent.</summary>
    UnknownSuffix,
}
