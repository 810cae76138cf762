namespace Rampart.Schemas;

/// <summary>A schema source that could not be used (unreachable URL, unreadable file, not an OpenAPI document).</summary>
public sealed record SchemaSourceError(string Source, string Message)
{
    public override string ToString() => Message.StartsWith(Source, StringComparison.Ordinal) ? Message : $"{Source}: {Message}";
}
