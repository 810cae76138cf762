namespace Rampart.Schemas;

/// <summary>Whether a release serves an API version of a kind.</summary>
public enum ApiStatus
{
    Served,
    /// <summary>Still served, but announced for removal.</summary>
    Deprecated,
    /// <summary>No longer served: the API server rejects the object.</summary>
    Removed,
}
