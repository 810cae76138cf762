namespace Rampart.Templates.Values;

/// <summary>
/// A method of a Go type as a template calls it: its parameter types, whether the last is variadic, its result type,
/// whether it is declared on the pointer (then a template reaches it only through a pointer or an addressable value),
/// and its body, given the receiver and the arguments.
/// </summary>
public sealed record GoMethod(string Name, GoType[] In, bool Variadic, GoType Out, bool PointerReceiver, Func<object, object?[], object?> Body);
