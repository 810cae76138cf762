using Rampart.Cel;

namespace Rampart.Schemas;

/// <summary>
/// One compiled <c>x-kubernetes-validations</c> rule of a CRD schema: the CEL <see cref="Program"/> over <c>self</c>
/// (and <c>oldSelf</c> for a transition rule), the <c>message</c> or <c>messageExpression</c>, the <c>reason</c>, and
/// the <c>fieldPath</c> (relative to the value the rule is on) that a failure is reported at.
/// </summary>
internal sealed record ValidationRule(
    string Rule, CelProgram Program, string? Message, CelProgram? MessageExpression, string? Reason, string? FieldPath, bool IsTransition);
