namespace Rampart.Policies;

/// <summary>
/// One entry of <c>spec.validations</c>. <see cref="Field"/> is Rampart's location hint for it (from the
/// <c>rampart.dev/field</c> or <c>rampart.dev/field.&lt;index&gt;</c> annotation): a path such as
/// <c>c.securityContext.privileged</c> or <c>variables.podSpec.hostNetwork</c> naming the field a failure is
/// about, so that the finding points at that field's line, or at its nearest existing parent.
/// </summary>
public sealed record PolicyValidation(int Index, PolicyExpression Expression)
{
    public string? Message { get; init; }
    public PolicyExpression? MessageExpression { get; init; }
    public string? Reason { get; init; }
    public FieldReference? Field { get; init; }
}
