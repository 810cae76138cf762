using System.Collections.Concurrent;

namespace Rampart.Schemas;

/// <summary>
/// The embedded ecosystem CRD schemas (<see cref="EcosystemSchemas"/>) as a source: like a repository's CRDs, it
/// never makes a kind unknown (a project's other CRDs, or newer versions, may be installed from elsewhere).
/// </summary>
internal sealed class EcosystemSchemaSource(SchemaCompilerOptions options) : ISchemaSource
{
    private readonly ConcurrentDictionary<GroupVersionKind, CompiledSchema?> compiled = new();

    public string Name => "built-in ecosystem CRDs";

    public SchemaAnswer Find(GroupVersionKind gvk, out CompiledSchema? schema)
    {
        schema = BuiltInSchemas.IsKubernetesGroup(gvk.Group) ? null : compiled.GetOrAdd(gvk, Compile);
        return schema is null ? SchemaAnswer.NotCovered : SchemaAnswer.Found;
    }

    private CompiledSchema? Compile(GroupVersionKind gvk)
    {
        if (!EcosystemSchemas.TryGet(gvk, out var element))
        {
            return null;
        }

        // Vetted when generated (a test compiles every kind without problems), so problems are not reported here.
        var compiler = new SchemaCompiler(default, options with { EmptyObjectsAreOpen = false });
        return compiler.CompileResourceRoot(element, $"{gvk.ApiVersion} {gvk.Kind}");
    }
}
