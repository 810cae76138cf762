namespace Rampart.Loading;

/// <summary>The type a scalar resolves to under the YAML 1.1 rules Kubernetes uses (go-yaml v2).</summary>
public enum ScalarKind
{
    String,
    Null,
    Bool,
    Int,
    Float,
}
