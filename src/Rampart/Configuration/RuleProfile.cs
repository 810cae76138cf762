namespace Rampart.Configuration;

/// <summary>
/// A named set of the built-in policies (<c>rules.profile</c> of <c>rampart.yaml</c>). Profiles choose among the
/// built-in policies only: schema validation, your own policies and the scan's own rules (what could not be
/// scanned, waiver problems) run whatever the profile.
/// </summary>
public enum RuleProfile
{
    /// <summary>Every built-in policy (the default).</summary>
    All,

    /// <summary>The policies of the Pod Security Standards' baseline level (aliases <c>pss:baseline:…</c>).</summary>
    PssBaseline,

    /// <summary>Baseline and restricted Pod Security Standards policies (aliases <c>pss:baseline:…</c>, <c>pss:restricted:…</c>).</summary>
    PssRestricted,

    /// <summary>The built-in policies outside the Pod Security Standards: images, resources, probes, RBAC, services, availability.</summary>
    Hygiene,
}
