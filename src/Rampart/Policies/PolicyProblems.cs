using Rampart.Findings;

namespace Rampart.Policies;

/// <summary>
/// The findings Rampart reports about policies themselves: a policy file it cannot read, an expression that does
/// not compile, an expression that fails when evaluated (reported, never taken as a pass).
/// </summary>
public static class PolicyProblems
{
    public const string InvalidPolicyId = "RMP-POLICY-001";
    public const string CompileErrorId = "RMP-POLICY-002";
    public const string EvaluationErrorId = "RMP-POLICY-003";

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        Describe(InvalidPolicyId, "Invalid policy file", "A policy file is not a well-formed ValidatingAdmissionPolicy with Rampart metadata; the policy is not applied."),
        Describe(CompileErrorId, "Policy expression does not compile", "A CEL expression of a policy has a syntax or type error, or names an unknown variable; the policy is not applied."),
        Describe(EvaluationErrorId, "Policy evaluation failed", "A policy expression failed at run time on an object. The object is reported instead of being taken as compliant (fail closed)."),
    ];

    public static Finding Invalid(string path, int line, int column, string message) =>
        Create(InvalidPolicyId, "Invalid policy file", message, new SourceLocation(path, line, column));

    public static Finding CompileError(SourceLocation location, string message) =>
        Create(CompileErrorId, "Policy expression does not compile", message, location);

    public static Finding Create(string ruleId, string title, string message, SourceLocation location) => new()
    {
        RuleId = ruleId,
        Title = title,
        Category = Category.Policy,
        Severity = Severity.High,
        Message = FindingText.Cut(message, FindingText.MaxMessage),
        Location = location,
        Responsibility = Responsibility.Security,
    };

    private static RuleDescriptor Describe(string id, string title, string description) => new()
    {
        Id = id,
        Title = title,
        Category = Category.Policy,
        Severity = Severity.High,
        Responsibility = Responsibility.Security,
        Description = description,
    };
}
