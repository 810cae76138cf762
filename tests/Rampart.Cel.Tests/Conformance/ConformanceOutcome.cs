namespace Rampart.Cel.Tests.Conformance;

/// <summary>The result of one conformance test, with the reason for a skip or a failure.</summary>
internal sealed record ConformanceOutcome(ConformanceCase Case, ConformanceStatus Status, string Detail = "");
