using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>The body of an overload of any arity (for a member function, <c>arguments[0]</c> is the receiver).</summary>
public delegate CelValue CelFunction(ReadOnlySpan<CelValue> arguments);
