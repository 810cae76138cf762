namespace Rampart.Scanning;

/// <summary>What became of a YAML or JSON file the scan loaded, for the coverage counts of the report.</summary>
internal enum FileOutcome
{
    /// <summary>At least one Kubernetes object was read from it and checked.</summary>
    Manifest,
    /// <summary>No object; its documents hold Go template actions and are YAML only after rendering.</summary>
    NotRendered,
    /// <summary>Loaded in full; no document is a Kubernetes object.</summary>
    WithoutObjects,
    /// <summary>No object, and a document (or the file) could not be read or loaded.</summary>
    NotScanned,
    /// <summary>A tool's configuration without objects: expected, not counted.</summary>
    ToolConfiguration,
}
