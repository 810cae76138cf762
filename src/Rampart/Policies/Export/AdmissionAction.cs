namespace Rampart.Policies.Export;

/// <summary>What a cluster does with a violation of a policy: refuse the request, warn the client, or only record it.</summary>
public enum AdmissionAction
{
    Deny,
    Warn,
    Audit,
}
