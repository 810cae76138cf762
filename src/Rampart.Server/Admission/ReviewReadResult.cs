using System.Text.Json;

namespace Rampart.Server.Admission;

/// <summary>A parsed review (whose <see cref="Document"/> the caller disposes after answering), or why the body is no review.</summary>
internal sealed record ReviewReadResult(JsonDocument? Document, ReviewRequest? Request, string? Error);
