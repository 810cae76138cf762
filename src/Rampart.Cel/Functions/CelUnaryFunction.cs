using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>The body of a one-argument overload (for a member function, the argument is the receiver).</summary>
public delegate CelValue CelUnaryFunction(CelValue argument);
