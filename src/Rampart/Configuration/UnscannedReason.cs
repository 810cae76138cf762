namespace Rampart.Configuration;

/// <summary>
/// Why part of a repository could not be scanned. Each reason is a finding of severity high by default, so that the
/// default gate fails rather than letting unchecked content through; <c>scan.unscanned</c> in rampart.yaml sets
/// another severity per reason. The names are the configuration keys (camelCase).
/// </summary>
public enum UnscannedReason
{
    /// <summary>A file or folder name that is not valid UTF-8.</summary>
    InvalidFileName,
    /// <summary>A folder nested deeper than the walk's limit.</summary>
    TooDeep,
    /// <summary>A file over the size limit.</summary>
    TooLarge,
    /// <summary>A file or folder that cannot be read.</summary>
    Unreadable,
    /// <summary>The walk stopped at its file limit.</summary>
    FileLimit,
    /// <summary>A binary file named <c>.yaml</c>, <c>.yml</c> or <c>.json</c>.</summary>
    Binary,
    /// <summary>A YAML or JSON document that cannot be loaded (syntax, encoding, nesting, aliases).</summary>
    Unloadable,
}
