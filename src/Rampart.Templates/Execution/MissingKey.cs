namespace Rampart.Templates.Execution;

/// <summary>Go's <c>missingkey</c> option: what a missing map key yields.</summary>
public enum MissingKey
{
    /// <summary><c>missingkey=default</c>/<c>invalid</c>: the invalid value (prints as <c>&lt;no value&gt;</c>).</summary>
    Invalid,

    /// <summary><c>missingkey=zero</c>: the zero value of the map's element type (Helm's default).</summary>
    Zero,

    /// <summary><c>missingkey=error</c>: execution stops with an error (Helm's strict mode).</summary>
    Error,
}
