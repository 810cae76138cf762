namespace Rampart.Templates.Values;

/// <summary>
/// A function templates can call: its name, its Go parameter types (the last one is the element type of a variadic
/// parameter when <see cref="Variadic"/>), its result type, and its body. The body receives the arguments converted
/// to the parameter types (a <see cref="GoTypes.ReflectValue"/> parameter receives a <see cref="Value"/>); it signals
/// an error by throwing <see cref="TemplateFunctionException"/>, which the template reports as Go reports a returned error.
/// </summary>
public sealed class GoFunction(string name, GoType[] parameters, bool variadic, GoType result, Func<Execution.CallContext, object?[], object?> body)
{
    public string Name { get; } = name;

    public GoType[] Parameters { get; } = parameters;

    public bool Variadic { get; } = variadic;

    public GoType Result { get; } = result;

    public Func<Execution.CallContext, object?[], object?> Body { get; } = body;
}
