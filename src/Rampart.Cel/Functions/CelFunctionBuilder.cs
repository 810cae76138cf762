using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>
/// Declares the overloads of one function. Global overloads are called as <c>f(x, y)</c>; member overloads as
/// <c>x.f(y)</c>, with the receiver as the first parameter. Every overload id must be unique in the environment.
/// <code>
/// builder.AddFunction("charAt", f => f
///     .Member("string_char_at_int", CelType.String, CelType.Int, CelType.String, CharAt));
/// </code>
/// </summary>
public sealed class CelFunctionBuilder
{
    private readonly List<CelOverload> overloads = [];

    internal CelFunctionBuilder(string name) => Name = name;

    public string Name { get; }

    internal IReadOnlyList<CelOverload> Overloads => overloads;

    public CelFunctionBuilder Global(string overloadId, CelType parameter, CelType result, CelUnaryFunction body, CelCallCost? cost = null, CelCallPreparer? prepare = null) =>
        Add(overloadId, false, [parameter], result, new CelImplementation(body), cost, prepare);

    public CelFunctionBuilder Global(string overloadId, CelType first, CelType second, CelType result, CelBinaryFunction body, CelCallCost? cost = null, CelCallPreparer? prepare = null) =>
        Add(overloadId, false, [first, second], result, new CelImplementation(body), cost, prepare);

    public CelFunctionBuilder Global(string overloadId, CelType[] parameters, CelType result, CelFunction body, CelCallCost? cost = null, CelCallPreparer? prepare = null) =>
        Add(overloadId, false, [.. parameters], result, new CelImplementation(body), cost, prepare);

    /// <summary>A member overload without arguments besides the receiver: <c>s.lowerAscii()</c>.</summary>
    public CelFunctionBuilder Member(string overloadId, CelType receiver, CelType result, CelUnaryFunction body, CelCallCost? cost = null, CelCallPreparer? prepare = null) =>
        Add(overloadId, true, [receiver], result, new CelImplementation(body), cost, prepare);

    /// <summary>A member overload with one argument: <c>s.charAt(i)</c>.</summary>
    public CelFunctionBuilder Member(string overloadId, CelType receiver, CelType argument, CelType result, CelBinaryFunction body, CelCallCost? cost = null, CelCallPreparer? prepare = null) =>
        Add(overloadId, true, [receiver, argument], result, new CelImplementation(body), cost, prepare);

    /// <summary>A member overload of any arity; <paramref name="parameters"/> starts with the receiver type.</summary>
    public CelFunctionBuilder Member(string overloadId, CelType[] parameters, CelType result, CelFunction body, CelCallCost? cost = null, CelCallPreparer? prepare = null)
    {
        if (parameters.Length == 0)
        {
            throw new ArgumentException("a member overload needs at least the receiver type", nameof(parameters));
        }

        return Add(overloadId, true, [.. parameters], result, new CelImplementation(body), cost, prepare);
    }

    /// <summary>For the engine's logical operators, which see errors among their arguments.</summary>
    internal CelFunctionBuilder NonStrict(string overloadId, CelType[] parameters, CelType result, CelFunction body)
    {
        overloads.Add(new CelOverload(Name, overloadId, false, parameters, result, new CelImplementation(body), null, null, strict: false));
        return this;
    }

    private CelFunctionBuilder Add(string id, bool member, CelType[] parameters, CelType result, CelImplementation body, CelCallCost? cost, CelCallPreparer? prepare)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        overloads.Add(new CelOverload(Name, id, member, parameters, result, body, cost, prepare));
        return this;
    }
}
