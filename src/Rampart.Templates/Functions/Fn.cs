using Rampart.Templates.Execution;
using Rampart.Templates.Values;

namespace Rampart.Templates.Functions;

/// <summary>Short constructors for function tables.</summary>
internal static class Fn
{
    public static readonly GoType Any = GoTypes.Any;
    public static readonly GoType Str = GoTypes.String;
    public static readonly GoType Int = GoTypes.Int;
    public static readonly GoType Bool = GoTypes.Bool;
    public static readonly GoType RV = GoTypes.ReflectValue;

    public static GoFunction Make(string name, GoType[] parameters, GoType result, Func<object?[], object?> body) =>
        new(name, parameters, false, result, (_, a) => body(a));

    public static GoFunction Variadic(string name, GoType[] parameters, GoType result, Func<object?[], object?> body) =>
        new(name, parameters, true, result, (_, a) => body(a));

    public static GoFunction WithContext(string name, GoType[] parameters, GoType result, Func<CallContext, object?[], object?> body) =>
        new(name, parameters, false, result, body);

    public static void Add(this Dictionary<string, GoFunction> table, GoFunction f) => table[f.Name] = f;

    public static Value V(object? boxed) => boxed is Value v ? v : Value.Invalid;

    public static Value[] Vs(object?[] args, int from) => [.. args.Skip(from).Select(V)];
}
