namespace Rampart.Cel.Functions;

/// <summary>The estimated cost of one call, from the estimated sizes of its arguments.</summary>
public delegate CelCostEstimate CelEstimatedCost(ReadOnlySpan<CelSizeEstimate> argumentSizes);
