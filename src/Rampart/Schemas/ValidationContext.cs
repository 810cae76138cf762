using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// The state of one validation run: the field path and the violations found. While a branch of
/// <c>anyOf</c>/<c>oneOf</c> is tried, <see cref="Silent"/> counts errors without recording them.
/// </summary>
internal sealed class ValidationContext
{
    /// <summary>More violations than this in one object are not recorded (hostile or generated input).</summary>
    public const int MaxViolations = 200;

    public FieldPathBuilder Path { get; } = new();
    public List<SchemaViolation> Violations { get; } = [];
    public int ErrorCount { get; set; }
    public bool Silent { get; set; }

    /// <summary>The old object's value at the current path (for transition rules), or null where there is none.</summary>
    public Node? Old { get; set; }

    /// <summary>The CEL cost the object's validation rules have spent so far.</summary>
    public long CelCost { get; set; }

    /// <summary>Set once the rules passed the object's cost budget: no further rule is evaluated.</summary>
    public bool CelBudgetExhausted { get; set; }

    /// <summary>Nesting of the value being validated (guards the stack against a hostile cyclic tree).</summary>
    public int Depth { get; set; }

    public void Report(string ruleId, Node node, string message) =>
        Add(ruleId, node, Silent ? null : Path.ToString(), message);

    /// <summary>Reports a problem with a field of the current object (missing or unknown) at <paramref name="node"/>.</summary>
    public void ReportField(string ruleId, Node node, string field, string message) =>
        Add(ruleId, node, Silent ? null : Path.WithField(field), message);

    private void Add(string ruleId, Node node, string? path, string message)
    {
        ErrorCount++;
        if (path is not null && Violations.Count < MaxViolations)
        {
            Violations.Add(new SchemaViolation(ruleId, path, node.Start, node.End, path.Length == 0 ? message : $"{FindingText.Cut(path)}: {message}"));
        }
    }
}
