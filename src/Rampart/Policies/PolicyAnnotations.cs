namespace Rampart.Policies;

/// <summary>The annotation keys under which a policy carries Rampart's metadata and hints.</summary>
public static class PolicyAnnotations
{
    public const string Prefix = "rampart.dev/";
    public const string Id = Prefix + "id";
    public const string Title = Prefix + "title";
    public const string Severity = Prefix + "severity";
    public const string Category = Prefix + "category";
    public const string Responsibility = Prefix + "responsibility";
    public const string Aliases = Prefix + "aliases";
    public const string Description = Prefix + "description";
    public const string Remediation = Prefix + "remediation";
    public const string Docs = Prefix + "docs";
    public const string PodSpec = Prefix + "pod-spec";
    public const string Field = Prefix + "field";
    public const string Params = Prefix + "params";
    public const string Parameters = Prefix + "parameters";

    /// <summary>The per-validation location hint for validation <paramref name="index"/> (0-based).</summary>
    public static string FieldOf(int index) => $"{Field}.{index}";
}
