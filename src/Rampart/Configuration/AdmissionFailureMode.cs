namespace Rampart.Configuration;

/// <summary>What the admission webhook answers when it cannot decide in time or a policy fails to evaluate (<c>admission.failureMode</c>).</summary>
public enum AdmissionFailureMode
{
    /// <summary>Deny, saying why (the safe default, as <c>failurePolicy: Fail</c>).</summary>
    Closed,

    /// <summary>Allow, with a warning saying that the request was not checked.</summary>
    Open,
}
