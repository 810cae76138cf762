namespace Rampart.Cel.Values;

/// <summary>
/// A CEL value. Every evaluation yields one, never null: failures are <see cref="CelError"/> values.
/// The engine's own kinds are the sealed subclasses in this namespace; hosts subclass <see cref="CelMap"/>
/// and <see cref="CelList"/> to expose their own trees without copying, and libraries subclass
/// <see cref="CelValue"/> directly for opaque types (IP addresses, quantities) with a
/// <see cref="CelType.Opaque"/> type. Values are immutable and may be shared between threads.
/// </summary>
public abstract class CelValue
{
    /// <summary>The value's runtime type (as <c>type(x)</c> returns it).</summary>
    public abstract CelType Type { get; }

    /// <summary>
    /// CEL equality (<c>==</c>): numbers compare across int, uint and double; lists and maps compare
    /// element by element; values of different types are unequal.
    /// </summary>
    public abstract bool CelEquals(CelValue other);

    /// <summary>A hash consistent with <see cref="CelEquals"/> (equal numbers of different types hash alike).</summary>
    public virtual int CelHashCode() => StringComparer.Ordinal.GetHashCode(Type.Name);

    /// <summary>CEL equality, so that values work as dictionary keys and in assertions.</summary>
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj) || (obj is CelValue other && CelEquals(other));

    public sealed override int GetHashCode() => CelHashCode();
}
