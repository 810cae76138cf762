using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>The runtime cost of one call, from its actual arguments.</summary>
public delegate long CelRuntimeCost(ReadOnlySpan<CelValue> arguments);
