namespace Rampart.Cel.Values;

/// <summary>The families of CEL types. Parameterised kinds (list, map, optional, type, opaque) carry parameters.</summary>
public enum CelTypeKind
{
    Dyn,
    Null,
    Bool,
    Int,
    UInt,
    Double,
    String,
    Bytes,
    List,
    Map,
    Type,
    Timestamp,
    Duration,
    Optional,

    /// <summary>A type a library defines, such as <c>net.IP</c> or <c>kubernetes.Quantity</c>.</summary>
    Opaque,

    /// <summary>A type variable of an overload signature (<c>A</c> in <c>list(A)</c>).</summary>
    TypeParam,

    /// <summary>The type of an expression the checker could not type.</summary>
    Error,
}
