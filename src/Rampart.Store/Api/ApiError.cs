namespace Rampart.Store.Api;

/// <summary>The body of every refused request: what is wrong, and with which parameter or JSON path when known.</summary>
public sealed record ApiError(string Error, string? At = null);
