namespace Rampart.Server.Admission;

/// <summary>How a review was decided, for the metrics and the log.</summary>
internal enum AdmissionOutcome
{
    /// <summary>Evaluated, nothing denied.</summary>
    Allowed,

    /// <summary>Evaluated, at least one policy with action deny was violated.</summary>
    Denied,

    /// <summary>Not evaluated: an exempt namespace or object, an operation or a subresource no policy checks.</summary>
    Exempt,

    /// <summary>Not evaluated: no policy selects the object's kind.</summary>
    NoPolicy,

    /// <summary>The time budget ran out; the failure mode decided.</summary>
    Timeout,

    /// <summary>A policy failed to evaluate; the failure mode decided.</summary>
    Error,
}
