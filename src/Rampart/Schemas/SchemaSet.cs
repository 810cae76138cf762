using System.Collections.Concurrent;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// The schemas a scan validates against, in order of precedence: the repository's CRDs, the <c>--schemas</c>
/// sources in the order given, the pulled cache, then the built-in set. Thread-safe; lookups are cached.
/// </summary>
public sealed class SchemaSet
{
    private readonly IReadOnlyList<ISchemaSource> sources;
    private readonly ConcurrentDictionary<GroupVersionKind, SchemaLookup> lookups = new();
    private readonly IReadOnlyDictionary<(string Path, Mark Start), List<SchemaViolation>> crdProblems;

    internal SchemaSet(IReadOnlyList<ISchemaSource> sources, IReadOnlyDictionary<(string Path, Mark Start), List<SchemaViolation>>? crdProblems = null)
    {
        this.sources = sources;
        this.crdProblems = crdProblems ?? new Dictionary<(string Path, Mark Start), List<SchemaViolation>>();
    }

    /// <summary>Only the embedded schemas of built-in kinds.</summary>
    public static SchemaSet BuiltIn(bool strict = true) =>
        new([DocumentSchemaSource.Of("built-in", BuiltInSchemas.Document(strict))]);

    /// <summary>The names of the sources, highest precedence first (for reports and <c>--verbose</c>).</summary>
    public IReadOnlyList<string> SourceNames => [.. sources.Select(s => s.Name)];

    /// <summary>True when some source has a schema for the kind.</summary>
    public bool Covers(string apiVersion, string kind) => Find(GroupVersionKind.From(apiVersion, kind)).Answer == SchemaAnswer.Found;

    internal SchemaLookup Find(GroupVersionKind gvk)
    {
        if (lookups.TryGetValue(gvk, out var known))
        {
            return known;
        }

        return lookups.GetOrAdd(gvk, Resolve);
    }

    /// <summary>Why a source that should have had the kind's schema could not use it (a broken catalog file), or null.</summary>
    internal string? ProblemOf(GroupVersionKind gvk) =>
        sources.OfType<CatalogSchemaSource>().Select(c => c.ProblemOf(gvk)).FirstOrDefault(p => p is not null);

    /// <summary>The problems found in the schema of <paramref name="crd"/> (found by its file and position, not its nodes).</summary>
    internal IReadOnlyList<SchemaViolation> ProblemsOf(KubernetesObject crd) =>
        crdProblems.TryGetValue((crd.Path, crd.Root.Start), out var problems) ? problems : [];

    private SchemaLookup Resolve(GroupVersionKind gvk)
    {
        string? unknownIn = null;
        foreach (var source in sources)
        {
            switch (source.Find(gvk, out var schema))
            {
                case SchemaAnswer.Found:
                    return new SchemaLookup(SchemaAnswer.Found, schema, source.Name);
                case SchemaAnswer.UnknownKind:
                    unknownIn ??= source.Name;
                    break;
            }
        }

        return unknownIn is null
            ? new SchemaLookup(SchemaAnswer.NotCovered, null, null)
            : new SchemaLookup(SchemaAnswer.UnknownKind, null, unknownIn);
    }
}
