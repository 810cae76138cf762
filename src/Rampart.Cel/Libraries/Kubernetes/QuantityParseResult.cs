namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The outcome of parsing a quantity: the value, or the error message Kubernetes gives.</summary>
public readonly record struct QuantityParseResult(KubernetesQuantity? Value, string? Error)
{
    /// <summary>True when the text parsed.</summary>
    public bool Success => Value is not null;
}
