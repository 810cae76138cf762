namespace Rampart.Configuration;

/// <summary>
/// One entry of <c>admission.actions</c>: findings that <see cref="Selector"/> (a rule id, alias, glob or category) or
/// <see cref="Profile"/> (a rule profile) select get <see cref="Action"/>.
/// </summary>
public sealed record AdmissionActionRule(string Text, RuleSelector? Selector, RuleProfile? Profile, AdmissionAction Action);
