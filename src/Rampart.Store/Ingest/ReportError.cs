namespace Rampart.Store.Ingest;

/// <summary>Why an uploaded report was refused, with the JSON path of the offending value when there is one.</summary>
public sealed record ReportError(string Message, string? At = null)
{
    public override string ToString() => At is null ? Message : $"{At}: {Message}";
}
