namespace Rampart.Cli.Tests.Audit;

/// <summary>A request the recorded API server received.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string Body, string? Authorization);
