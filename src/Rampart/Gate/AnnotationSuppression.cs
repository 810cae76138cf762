using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Policies;

namespace Rampart.Gate;

/// <summary>
/// Applies the <c>rampart.dev/ignore: "&lt;id&gt;,&lt;id&gt;"</c> annotation. It may stand on the object or on its
/// pod template, found where the pod-spec policies find it (<see cref="PodSpecPolicy.PodOf"/>: <c>spec.template</c>,
/// a CronJob's <c>spec.jobTemplate.spec.template</c>, a PodTemplate's <c>template</c>), lists rule ids or aliases
/// (case-insensitive, <c>*</c> for every rule), and turns matching findings into <see cref="FindingStatus.Suppressed"/>
/// ones that stay in the report.
/// </summary>
public static class AnnotationSuppression
{
    public const string Annotation = "rampart.dev/ignore";

    public static Finding Apply(Finding finding, KubernetesObject obj) =>
        finding.Status != FindingStatus.Open ? finding : Apply(finding, obj, Read(obj));

    /// <summary>
    /// As <see cref="Apply(Finding, KubernetesObject)"/>, with the annotations <see cref="Read(KubernetesObject)"/> found
    /// on <paramref name="obj"/>: an object's findings share one reading.
    /// </summary>
    public static Finding Apply(Finding finding, KubernetesObject obj, Annotations annotations)
    {
        if (finding.Status != FindingStatus.Open)
        {
            return finding;
        }

        if (annotations.OnObject is { } own && Suppressed(finding, obj, "the object", own) is { } onObject)
        {
            return onObject;
        }

        if (annotations.OnTemplate is { } fromTemplate && Suppressed(finding, obj, "the pod template", fromTemplate) is { } onTemplate)
        {
            return onTemplate;
        }

        return finding;
    }

    /// <summary>The annotation's values on <paramref name="obj"/> and on its pod template (each null when absent).</summary>
    public static Annotations Read(KubernetesObject obj) =>
        new(
            Read(obj.Root),
            PodSpecPolicy.PodOf(obj) is { } template && !ReferenceEquals(template, obj.Root) ? Read(template) : null);

    /// <summary>The finding suppressed by the annotation's <paramref name="value"/> on <paramref name="where"/>, or null when it names other rules.</summary>
    private static Finding? Suppressed(Finding finding, KubernetesObject obj, string where, string value)
    {
        foreach (var entry in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Matches(entry, finding))
            {
                return finding with
                {
                    Status = FindingStatus.Suppressed,
                    StatusReason = $"{Annotation}: \"{FindingText.Cut(value)}\" on {where} of {FindingText.Cut(obj.Resource)}",
                };
            }
        }

        return null;
    }

    /// <summary>Whether an entry of a suppression (a rule id or alias, any case, or <c>*</c>) names the finding's rule.</summary>
    public static bool Matches(string entry, Finding finding) =>
        entry == "*"
        || string.Equals(entry, finding.RuleId, StringComparison.OrdinalIgnoreCase)
        || finding.Aliases.Any(alias => string.Equals(entry, alias, StringComparison.OrdinalIgnoreCase));

    /// <summary>The annotation's value on an object and on its pod template.</summary>
    public readonly record struct Annotations(string? OnObject, string? OnTemplate);

    private static string? Read(MappingNode objectOrTemplate) =>
        ((objectOrTemplate["metadata"] as MappingNode)?["annotations"] as MappingNode)?[Annotation] is ScalarNode value
            ? value.Text
            : null;
}
