using System.Collections.Concurrent;

namespace Rampart.Templates.Values;

/// <summary>The Go types of the value model, and the composite types made of them (interned).</summary>
public static class GoTypes
{
    private static readonly ConcurrentDictionary<(string, GoType?, GoType?), GoType> Composites = new();

    public static readonly GoType Bool = new("bool", GoKind.Bool);
    public static readonly GoType Int = new("int", GoKind.Int);
    public static readonly GoType Int8 = new("int8", GoKind.Int8);
    public static readonly GoType Int16 = new("int16", GoKind.Int16);
    public static readonly GoType Int32 = new("int32", GoKind.Int32);
    public static readonly GoType Int64 = new("int64", GoKind.Int64);
    public static readonly GoType Uint = new("uint", GoKind.Uint);
    public static readonly GoType Uint8 = new("uint8", GoKind.Uint8);
    public static readonly GoType Uint16 = new("uint16", GoKind.Uint16);
    public static readonly GoType Uint32 = new("uint32", GoKind.Uint32);
    public static readonly GoType Uint64 = new("uint64", GoKind.Uint64);
    public static readonly GoType Float32 = new("float32", GoKind.Float32);
    public static readonly GoType Float64 = new("float64", GoKind.Float64);
    public static readonly GoType Complex128 = new("complex128", GoKind.Complex128);
    public static readonly GoType String = new("string", GoKind.String);

    /// <summary><c>interface {}</c>.</summary>
    public static readonly GoType Any = new("interface {}", GoKind.Interface);

    /// <summary><c>reflect.Value</c>: a parameter of this type receives the argument as the engine holds it.</summary>
    public static readonly GoType ReflectValue = new("reflect.Value", GoKind.Struct);

    public static readonly GoType Error = new("error", GoKind.Interface);

    /// <summary>The type of the executor's "no final argument" marker (never a value a template sees).</summary>
    internal static readonly GoType Missing = new("missing", GoKind.Invalid);

    public static readonly GoType Function = new("func(...interface {}) interface {}", GoKind.Func);

    public static readonly GoType SliceOfAny = SliceOf(Any);
    public static readonly GoType SliceOfString = SliceOf(String);
    public static readonly GoType SliceOfInt = SliceOf(Int);
    public static readonly GoType SliceOfByte = SliceOf(Uint8);
    public static readonly GoType MapOfAny = MapOf(String, Any);
    public static readonly GoType MapOfString = MapOf(String, String);

    public static GoType SliceOf(GoType elem) =>
        Composites.GetOrAdd(("[]", elem, null), static k => new GoType("[]" + k.Item2!.Name, GoKind.Slice, k.Item2));

    public static GoType MapOf(GoType key, GoType elem) =>
        Composites.GetOrAdd(("map", elem, key), static k => new GoType($"map[{k.Item3!.Name}]{k.Item2!.Name}", GoKind.Map, k.Item2, k.Item3));

    public static GoType PointerTo(GoType elem) =>
        Composites.GetOrAdd(("*", elem, null), static k => new GoType("*" + k.Item2!.Name, GoKind.Pointer, k.Item2));

    /// <summary>The dynamic Go type of a value as the model holds it (null for nil).</summary>
    public static GoType? Of(object? value) => value switch
    {
        null => null,
        string => String,
        bool => Bool,
        long => Int,
        double => Float64,
        IGoValue g => g.GoType,
        string[] => SliceOfString,
        object?[] => SliceOfAny,
        long[] => SliceOfInt,
        byte[] => SliceOfByte,
        Dictionary<string, object?> => MapOfAny,
        Dictionary<string, string> => MapOfString,
        GoFunction => Function,
        _ => throw new ArgumentException("not a template value: " + value.GetType().Name, nameof(value)),
    };
}
