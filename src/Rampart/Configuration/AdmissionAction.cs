namespace Rampart.Configuration;

/// <summary>What the admission webhook does with a violated policy (<c>admission.actions</c>).</summary>
public enum AdmissionAction
{
    /// <summary>Refuse the request: <c>allowed: false</c>, the policy named in <c>status.message</c>.</summary>
    Deny,

    /// <summary>Admit the request with a warning the client shows (<c>kubectl</c> prints it).</summary>
    Warn,

    /// <summary>Admit silently: the violation goes to the audit annotations, the log and the metrics only.</summary>
    Audit,
}
