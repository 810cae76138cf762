namespace Rampart.Store.Ingest;

/// <summary>What an upload changed: the scan it became and how many findings are new, fixed, reopened or changed status.</summary>
/// <param name="Duplicate">True when the same report had already been stored for this repository and branch: nothing changed.</param>
public sealed record IngestResult(long ScanId, bool Duplicate, int Findings, int New, int Fixed, int Reopened, int StatusChanged);
