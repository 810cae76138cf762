using System.Collections.Concurrent;
using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Validates each object against its kind's schema (unknown fields, types, required fields, enums, ranges,
/// duplicate list items, name and label syntax). A kind without a schema gets one info finding per file;
/// a kind missing from an API version that a source fully describes is an error. Thread-safe; the only state
/// it keeps is which kinds it already reported as having no schema in which file (a file is analyzed by one
/// thread, in order, so the first object of a kind in a file is the one that reports it).
/// Create it with <see cref="SchemaAnalyzerFactory.CreateAsync"/> so that the repository's CRDs are used.
/// </summary>
/// <param name="target">The Kubernetes release whose removed and deprecated API versions are reported (the newest built in when null).</param>
public sealed class SchemaAnalyzer(SchemaSet schemas, Version? target = null) : IObjectAnalyzer
{
    private readonly ConcurrentDictionary<(string Path, string ApiVersion, string Kind), byte> reportedNoSchema = new();

    public string Name => "schema";

    public IReadOnlyList<RuleDescriptor> Rules => SchemaRules.All;

    public SchemaSet Schemas { get; } = schemas;

    /// <summary>The Kubernetes release the objects are checked for.</summary>
    public Version Target { get; } = target ?? KubernetesApiDeprecations.Newest;

    public void Analyze(ObjectUnderReview target, AnalysisContext context, ICollection<Finding> findings)
    {
        var obj = target.Object;
        var retired = CheckApiVersion(obj, findings);
        var lookup = Schemas.Find(GroupVersionKind.From(obj.ApiVersion, obj.Kind));
        switch (lookup.Answer)
        {
            case SchemaAnswer.Found:
                var validation = new ValidationContext { Old = target.Attributes.OldObject?.Root };
                SchemaValidator.Validate(lookup.Schema!, obj.Root, validation);
                if (lookup.Schema!.Properties is { } properties && properties.TryGetValue("metadata", out var metadata) && metadata.IsObjectMeta)
                {
                    ObjectMetaChecks.CheckRoot(obj.Kind, obj.Root, validation);
                }

                foreach (var violation in validation.Violations)
                {
                    findings.Add(ToFinding(obj, violation));
                }

                break;
            case SchemaAnswer.UnknownKind:
                var kindNode = obj.Root["kind"] ?? obj.Root;
                findings.Add(ToFinding(obj, new SchemaViolation(SchemaRules.UnknownKind, "kind", kindNode.Start, kindNode.End,
                    $"kind \"{FindingText.Cut(obj.Kind)}\" is not part of {FindingText.Cut(obj.ApiVersion)} ({lookup.Source}); kinds are case-sensitive")));
                break;
            default:
                if (!retired && reportedNoSchema.TryAdd((obj.Path, obj.ApiVersion, obj.Kind), 0))
                {
                    var at = obj.Root["kind"] ?? obj.Root;
                    var why = Schemas.ProblemOf(GroupVersionKind.From(obj.ApiVersion, obj.Kind)) is { } problem ? $" ({FindingText.Cut(problem, 300)})" : "";
                    findings.Add(ToFinding(obj, new SchemaViolation(SchemaRules.NoSchema, "", at.Start, at.End, NoSchemaMessage(obj) + why)));
                }

                break;
        }

        if (CrdCompiler.IsCrd(obj))
        {
            foreach (var problem in Schemas.ProblemsOf(obj))
            {
                findings.Add(ToFinding(obj, problem));
            }
        }
    }

    /// <summary>
    /// Reports an API version the target release removed (an error) or deprecated (a warning), at the object's
    /// <c>apiVersion</c>; true when it did, so that a missing schema is not reported for the same reason again.
    /// </summary>
    private bool CheckApiVersion(KubernetesObject obj, ICollection<Finding> findings)
    {
        if (KubernetesApiDeprecations.Find(obj.ApiVersion, obj.Kind) is not { } deprecation)
        {
            return false;
        }

        var status = deprecation.StatusIn(Target);
        if (status == ApiStatus.Served)
        {
            return false;
        }

        var at = obj.Root["apiVersion"] ?? obj.Root;
        var (rule, message) = status == ApiStatus.Removed
            ? (SchemaRules.RemovedApi, $"{obj.Kind} {obj.ApiVersion} is not served by Kubernetes {Release(Target)}: deprecated in {Release(deprecation.DeprecatedIn)}, removed in {Release(deprecation.RemovedIn)}; {deprecation.Advice}")
            : (SchemaRules.DeprecatedApi, $"{obj.Kind} {obj.ApiVersion} is deprecated since Kubernetes {Release(deprecation.DeprecatedIn)} and removed in {Release(deprecation.RemovedIn)}; {deprecation.Advice}");
        findings.Add(ToFinding(obj, new SchemaViolation(rule, "apiVersion", at.Start, at.End, message)));
        return true;
    }

    private static string Release(Version version) => $"v{version.Major}.{version.Minor}";

    /// <summary>
    /// Why a kind has no schema: a custom kind whose CRD is not known, or a kind of an API version of Kubernetes itself
    /// that the built-in set lacks (removed, or not served by default), with the versions that do serve it.
    /// </summary>
    private static string NoSchemaMessage(KubernetesObject obj)
    {
        var prefix = $"no schema for {obj.ApiVersion}, kind {obj.Kind}";
        if (!BuiltInSchemas.IsKubernetesGroup(GroupVersionKind.From(obj.ApiVersion, obj.Kind).Group))
        {
            return $"{prefix}: objects of this kind in this file are not validated (add the CustomResourceDefinition to the repository or pass --schemas)";
        }

        var served = BuiltInSchemas.ServedVersionsOf(obj.Kind);
        var where = served.Count == 0
            ? $"{obj.Kind} is not a kind of current Kubernetes releases (it was removed, or is misspelled)"
            : $"Kubernetes serves {obj.Kind} only as {string.Join(", ", served)}";
        return $"{prefix}: {where}; {obj.ApiVersion} was removed or is not served by default, so objects of this kind in this file are not validated "
            + $"(move them to a served version, or pass --schemas with the documents of a cluster that serves {obj.ApiVersion})";
    }

    private static Finding ToFinding(KubernetesObject obj, SchemaViolation violation) =>
        SchemaRules.Get(violation.RuleId).Report(
            violation.Message,
            new SourceLocation(obj.Path, violation.Start.Line, violation.Start.Column, violation.End.Line, violation.End.Column,
                violation.FieldPath.Length == 0 ? null : violation.FieldPath),
            obj.Resource);
}
