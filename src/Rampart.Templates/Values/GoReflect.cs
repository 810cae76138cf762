using System.Collections;

namespace Rampart.Templates.Values;

/// <summary>Reflection-like helpers over the value model: list and map views, truth, length.</summary>
public static class GoReflect
{
    /// <summary>A list view of a slice value (any element type), or null when it is not one.</summary>
    public static IList? AsList(object? data) => data switch
    {
        IList list when data is not string => list,
        IGoSlice s => s.Items,
        _ => null,
    };

    /// <summary>Go's truth for template conditions: false, 0, nil, and empty strings, slices and maps are false.</summary>
    public static bool Truth(Value v)
    {
        if (!v.IsValid)
        {
            return false;
        }

        return v.Kind switch
        {
            GoKind.Interface => v.Data is not null,
            GoKind.Pointer or GoKind.Func or GoKind.Chan => v.Data is not null,
            GoKind.Struct => true,
            _ => TruthOf(v.Data),
        };
    }

    /// <summary>Truth of a dynamic value.</summary>
    public static bool TruthOf(object? data) => data switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length != 0,
        GoNumber n => n.GoType.Kind is >= GoKind.Uint and <= GoKind.Uintptr ? n.Uint != 0 : n.GoType.Kind is GoKind.Float32 or GoKind.Float64 ? n.Float != 0 : n.Int != 0,
        IDictionary d => d.Count != 0,
        _ when AsList(data) is { } list => list.Count != 0,
        _ => true,
    };
}
