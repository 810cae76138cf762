using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>The body of a one-argument overload (for a member function, the argument is the receiver).</summary>
public delegate CelValue CelUnaryFunction(CelValue argument);

/// <summary>The body of a two-argument overload (for a member function, <paramref name="first"/> is the receiver).</summary>
public delegate CelValue CelBinaryFunction(CelValue first, CelValue second);

/// <summary>The body of an overload of any arity (for a member function, <c>arguments[0]</c> is the receiver).</summary>
public delegate CelValue CelFunction(ReadOnlySpan<CelValue> arguments);

/// <summary>
/// Called once at compile time for each call of an overload that has one, with the arguments that are
/// literals (null where an argument is computed). It may reject the call with a compile error (an invalid
/// regular expression literal) or supply a replacement body that has done the work once (a compiled regex).
/// </summary>
public delegate CelPreparation CelCallPreparer(IReadOnlyList<CelValue?> constantArguments);

/// <summary>The runtime cost of one call, from its actual arguments.</summary>
public delegate long CelRuntimeCost(ReadOnlySpan<CelValue> arguments);

/// <summary>The estimated cost of one call, from the estimated sizes of its arguments.</summary>
public delegate CelCostEstimate CelEstimatedCost(ReadOnlySpan<CelSizeEstimate> argumentSizes);
