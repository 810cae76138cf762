namespace Rampart.Cli.Commands;

/// <summary>What <c>--upload</c> and its companions asked for; names left null are taken from git.</summary>
internal sealed record UploadRequest(string Url, string? Token, string? Repository, string? Branch, string? Commit);
