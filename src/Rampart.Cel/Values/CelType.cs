using System.Text;

namespace Rampart.Cel.Values;

/// <summary>
/// A CEL type. It serves both the checker (with parameters: <c>list(int)</c>) and evaluation, where types
/// are values (<c>type(1) == int</c>); as values, types compare by name only, as CEL's runtime types do.
/// Instances are immutable and shared.
/// </summary>
public sealed class CelType : CelValue
{
    private static readonly CelType[] NoParameters = [];

    private CelType(CelTypeKind kind, string name, CelType[] parameters)
    {
        Kind = kind;
        Name = name;
        Parameters = parameters;
    }

    public static CelType Dyn { get; } = new(CelTypeKind.Dyn, "dyn", NoParameters);
    public static CelType Null { get; } = new(CelTypeKind.Null, "null_type", NoParameters);
    public static CelType Bool { get; } = new(CelTypeKind.Bool, "bool", NoParameters);
    public static CelType Int { get; } = new(CelTypeKind.Int, "int", NoParameters);
    public static CelType UInt { get; } = new(CelTypeKind.UInt, "uint", NoParameters);
    public static CelType Double { get; } = new(CelTypeKind.Double, "double", NoParameters);
    public static CelType String { get; } = new(CelTypeKind.String, "string", NoParameters);
    public static CelType Bytes { get; } = new(CelTypeKind.Bytes, "bytes", NoParameters);
    public static CelType Timestamp { get; } = new(CelTypeKind.Timestamp, "google.protobuf.Timestamp", NoParameters);
    public static CelType Duration { get; } = new(CelTypeKind.Duration, "google.protobuf.Duration", NoParameters);

    /// <summary>The type of types (<c>type</c>), without a parameter.</summary>
    public static CelType TypeType { get; } = new(CelTypeKind.Type, "type", NoParameters);

    /// <summary>The type the checker gives to an expression it rejected.</summary>
    public static CelType Error { get; } = new(CelTypeKind.Error, "*error*", NoParameters);

    /// <summary><c>list(dyn)</c>, the runtime type of every list.</summary>
    public static CelType ListOfDyn { get; } = new(CelTypeKind.List, "list", [Dyn]);

    /// <summary><c>map(dyn, dyn)</c>, the runtime type of every map.</summary>
    public static CelType MapOfDyn { get; } = new(CelTypeKind.Map, "map", [Dyn, Dyn]);

    /// <summary><c>optional_type(dyn)</c>, the runtime type of every optional.</summary>
    public static CelType OptionalOfDyn { get; } = new(CelTypeKind.Optional, "optional_type", [Dyn]);

    public CelTypeKind Kind { get; }

    /// <summary>The type's name as CEL spells it: <c>int</c>, <c>list</c>, <c>google.protobuf.Timestamp</c>, <c>net.IP</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<CelType> Parameters { get; }

    /// <summary>The type of this value: <c>type</c>.</summary>
    public override CelType Type => TypeType;

    public static CelType List(CelType element) => element.Kind == CelTypeKind.Dyn ? ListOfDyn : new(CelTypeKind.List, "list", [element]);

    public static CelType Map(CelType key, CelType value) =>
        key.Kind == CelTypeKind.Dyn && value.Kind == CelTypeKind.Dyn ? MapOfDyn : new(CelTypeKind.Map, "map", [key, value]);

    public static CelType Optional(CelType value) => value.Kind == CelTypeKind.Dyn ? OptionalOfDyn : new(CelTypeKind.Optional, "optional_type", [value]);

    /// <summary><c>type(T)</c>: the type of the type value <paramref name="type"/>.</summary>
    public static CelType TypeOf(CelType type) => new(CelTypeKind.Type, "type", [type]);

    /// <summary>A type variable for generic overloads: <c>CelType.List(CelType.TypeParam("A"))</c>.</summary>
    public static CelType TypeParam(string name) => new(CelTypeKind.TypeParam, name, NoParameters);

    /// <summary>A library's own type, e.g. <c>CelType.Opaque("net.IP")</c>. Types with the same name are the same type.</summary>
    public static CelType Opaque(string name, params CelType[] parameters) => new(CelTypeKind.Opaque, name, parameters.Length == 0 ? NoParameters : [.. parameters]);

    /// <summary>Runtime type equality: by name, ignoring parameters (<c>type([1]) == list</c>).</summary>
    public override bool CelEquals(CelValue other) => other is CelType t && string.Equals(t.Name, Name, StringComparison.Ordinal);

    public override int CelHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Structural equality with parameters, as the checker compares types.</summary>
    public bool IsSameAs(CelType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other.Kind != Kind || !string.Equals(other.Name, Name, StringComparison.Ordinal) || other.Parameters.Count != Parameters.Count)
        {
            return false;
        }

        for (var i = 0; i < Parameters.Count; i++)
        {
            if (!Parameters[i].IsSameAs(other.Parameters[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type as CEL writes it, with parameters: <c>map(string, list(int))</c>.</summary>
    public override string ToString()
    {
        if (Parameters.Count == 0)
        {
            return Name;
        }

        var sb = new StringBuilder(Name).Append('(');
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(Parameters[i]);
        }

        return sb.Append(')').ToString();
    }
}
