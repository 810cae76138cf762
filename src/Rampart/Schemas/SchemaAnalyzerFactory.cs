using Rampart.Analysis;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Builds the <see cref="SchemaSet"/> for a scan — CRDs found among the objects (compiled once, before
/// analysis), the <c>--schemas</c> sources, the pulled cache, the built-in set — and the analyzer over it.
/// Only the API versions in use are read from the sources: those of <paramref name="objects"/> and of
/// <paramref name="apiVersions"/> (a scan passes the CRDs it found and every apiVersion it saw, without
/// holding every object in memory).
/// </summary>
public static class SchemaAnalyzerFactory
{
    /// <summary>
    /// The schema analyzer's plan for a scan: the index must hold the repository's CRDs, and the analyzer is built
    /// over them and the sources of <paramref name="options"/> once the index is ready.
    /// </summary>
    public static AnalyzerPlan Plan(SchemaOptions options) => new()
    {
        ContextKinds = new HashSet<string>(StringComparer.Ordinal) { CrdCompiler.Kind },
        Warm = () => BuiltInSchemas.Document(options.Strict),
        Build = async (index, cancellation) =>
        {
            var setup = await CreateAsync(options, index.Objects, index.ApiVersions, cancellation).ConfigureAwait(false);
            return new AnalyzerBuild(setup.Analyzer, [.. setup.Errors.Select(e => e.ToString())]);
        },
    };

    public static async Task<SchemaAnalyzerSetup> CreateAsync(
        SchemaOptions options, IReadOnlyList<KubernetesObject> objects, IEnumerable<string>? apiVersions = null, CancellationToken cancellation = default)
    {
        var errors = new List<SchemaSourceError>();
        var needed = objects.Select(o => o.ApiVersion).Concat(apiVersions ?? []).Select(GroupVersion.Parse).ToHashSet();
        var builtIn = BuiltInSchemas.Document(options.Strict);
        var objectMeta = builtIn.GetNamed(BuiltInSchemas.ObjectMetaName);
        var crds = CrdCompiler.Compile(objects, options.Strict, objectMeta, builtIn.Has);

        var sources = new List<ISchemaSource>();
        if (crds.Source.Kinds.Count > 0)
        {
            sources.Add(crds.Source);
        }

        var loader = new SchemaSourceLoader(options, new SchemaCompilerOptions { Strict = options.Strict, ObjectMeta = objectMeta }, errors);
        foreach (var source in options.Sources)
        {
            if (await loader.LoadAsync(source, needed, cancellation).ConfigureAwait(false) is { } loaded)
            {
                sources.Add(loaded);
            }
        }

        if (options.KubernetesVersion is { } version)
        {
            // The version is the target release in any case; its pulled documents are used when they are there.
            var directory = SchemaCache.VersionDirectory(options.CacheRoot ?? SchemaCache.DefaultRoot(), version);
            if (KubernetesApiDeprecations.ParseRelease(version) is null)
            {
                errors.Add(new SchemaSourceError(version, "not a Kubernetes release (write it as 1.35 or v1.35.2)"));
            }
            else if (Directory.Exists(directory) && loader.LoadDirectory(directory, needed) is { } cached)
            {
                sources.Add(cached);
            }
        }

        if (options.UseBuiltIn)
        {
            sources.Add(EcosystemSchemas.Source(new SchemaCompilerOptions { Strict = options.Strict, ObjectMeta = objectMeta }));
            sources.Add(DocumentSchemaSource.Of("built-in", builtIn));
        }

        var set = new SchemaSet(sources, crds.Problems);
        return new SchemaAnalyzerSetup(new SchemaAnalyzer(set, options.TargetRelease), errors);
    }
}
