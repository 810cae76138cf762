using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>The body of a two-argument overload (for a member function, <paramref name="first"/> is the receiver).</summary>
public delegate CelValue CelBinaryFunction(CelValue first, CelValue second);
