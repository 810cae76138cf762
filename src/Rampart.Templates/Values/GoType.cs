namespace Rampart.Templates.Values;

/// <summary>
/// A Go type as templates see it: its name as <c>%T</c> prints it, its kind, element and key types, its struct fields and
/// its methods. Composite types are interned (<see cref="GoTypes"/>), so two types are identical when they are the same instance.
/// </summary>
public sealed class GoType
{
    private Dictionary<string, GoMethod>? methods;

    public GoType(string name, GoKind kind, GoType? elem = null, GoType? key = null, GoType? underlying = null)
    {
        Name = name;
        Kind = kind;
        Elem = elem;
        Key = key;
        Underlying = underlying ?? this;
    }

    public string Name { get; }

    public GoKind Kind { get; }

    /// <summary>The element type of a slice, array, map or pointer.</summary>
    public GoType? Elem { get; }

    /// <summary>The key type of a map.</summary>
    public GoType? Key { get; }

    /// <summary>The type this named type is defined over (itself for an unnamed type).</summary>
    public GoType Underlying { get; }

    /// <summary>Whether the type has a name (predeclared, or declared over another type) rather than being a type literal.</summary>
    public bool IsNamed => !ReferenceEquals(Underlying, this) || Kind is not (GoKind.Slice or GoKind.Map or GoKind.Pointer or GoKind.Array or GoKind.Func or GoKind.Interface);

    /// <summary>The exported fields of a struct type, in declaration order.</summary>
    public IReadOnlyList<GoField> Fields { get; init; } = [];

    /// <summary>Whether a value of this type (or a pointer to it, see <see cref="GoMethod.PointerReceiver"/>) has a String() method.</summary>
    public bool IsStringer => FindMethod("String") is { In.Length: 0 };

    /// <summary>Whether a value of this type has an Error() method.</summary>
    public bool IsError => FindMethod("Error") is { In.Length: 0 };

    public GoType WithMethods(params GoMethod[] list)
    {
        methods ??= new Dictionary<string, GoMethod>(StringComparer.Ordinal);
        foreach (var m in list)
        {
            methods[m.Name] = m;
        }

        return this;
    }

    public GoMethod? FindMethod(string name) => methods is not null && methods.TryGetValue(name, out var m) ? m : null;

    public GoField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>Go's AssignableTo for the types templates meet.</summary>
    public bool AssignableTo(GoType target)
    {
        if (ReferenceEquals(this, target) || (target.Kind == GoKind.Interface && target.FindMethod("String") is null && target.Name == "interface {}"))
        {
            return true;
        }

        if (target.Kind == GoKind.Interface)
        {
            return target.Name switch
            {
                "fmt.Stringer" => IsStringer,
                "error" => IsError,
                _ => false,
            };
        }

        return ReferenceEquals(Underlying, target.Underlying) && (!IsNamed || !target.IsNamed);
    }

    public override string ToString() => Name;
}
