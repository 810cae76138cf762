using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering.Argo;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// Flux <c>Kustomization</c> objects (kustomize.toolkit.fluxcd.io v1, v1beta2) as entry points: <c>spec.path</c> of this
/// repository built as Flux builds it (its kustomization, or the one Flux generates), <c>targetNamespace</c> set on
/// namespaced objects, then <c>postBuild</c> variables substituted. A source that is not this repository is not checked.
/// </summary>
public sealed class FluxKustomizationSource(FluxLimits? limits = null) : IEntryPointSource
{
    public const string Group = "kustomize.toolkit.fluxcd.io";

    private readonly FluxLimits limits = limits ?? FluxLimits.Default;

    public IReadOnlySet<string> ContextKinds { get; } =
        new HashSet<string>(["Kustomization", "GitRepository"], StringComparer.Ordinal);

    public IReadOnlyList<EntryPoint> Find(RenderInputs inputs, CancellationToken cancellation) =>
        [.. inputs.Index.Objects.Where(o => FluxSpec.IsFlux(o, Group, "Kustomization"))
            .Select(o => new EntryPoint(EntryPointKind.FluxKustomization, o.Path, o.Root.Start.Line, FluxSpec.NameOf(o), FolderOf(o) is { Length: > 0 } folder ? folder : "."))];

    public EntryPointRender Render(EntryPoint entryPoint, RenderInputs inputs, CancellationToken cancellation)
    {
        var findings = new List<Finding>();
        var notChecked = new List<string>();
        if (FluxSpec.Declaring(inputs.Index, entryPoint, Group, "Kustomization") is not { } flux)
        {
            return new EntryPointRender(entryPoint, [], [], [entryPoint.File], [$"Flux Kustomization {entryPoint.Name}: the object was not found at {entryPoint.File}:{entryPoint.Line}; what it applies was not checked."]);
        }

        var what = "Flux Kustomization " + FluxSpec.NameOf(flux);
        var sources = new SortedSet<string>(StringComparer.Ordinal) { flux.Path };
        if (FluxSourceRef.OtherRepository(inputs, what, FluxSpec.At(flux.Root, "spec", "sourceRef"), flux.Namespace) is { } other)
        {
            return new EntryPointRender(entryPoint, [], [], sources, [other]);
        }

        var objects = Build(flux, inputs, findings, sources, what, notChecked);
        if (objects is null)
        {
            return new EntryPointRender(entryPoint, [], findings, sources, notChecked);
        }

        if (FluxSpec.Text(flux.Root, "spec", "targetNamespace") is { Length: > 0 } target)
        {
            objects = objects.Select(o => TargetNamespace.Set(o, target, flux.Path, FluxSpec.At(flux.Root, "spec", "targetNamespace")!)).ToList();
        }

        var stopped = notChecked.Count;
        var variables = FluxVariables.Collect(flux, inputs, limits, findings, notChecked, sources);
        if (findings.Count > 0 || notChecked.Count > stopped)
        {
            return new EntryPointRender(entryPoint, [], findings, sources, notChecked);
        }

        if (variables is not null)
        {
            var substitution = new FluxSubstitution(variables, limits);
            var substituted = new List<RenderedObject>(objects.Count);
            foreach (var o in objects)
            {
                if (substitution.Apply(o, findings) is not { } done)
                {
                    return new EntryPointRender(entryPoint, [], findings, sources, notChecked);
                }

                substituted.Add(done);
            }

            objects = substituted;
        }

        if (FluxSpec.At(flux.Root, "spec", "commonMetadata") is MappingNode common)
        {
            objects = [.. objects.Select(o => FluxCommonMetadata.Apply(o, common, flux.Path))];
        }

        return new EntryPointRender(entryPoint, objects, findings, sources, notChecked);
    }

    /// <summary>
    /// What <c>spec.path</c> builds to, as Flux builds it: with the kustomize fields of the Flux object over it
    /// (<see cref="FluxOverlay"/>); null (with findings) when the build fails.
    /// </summary>
    private static IReadOnlyList<RenderedObject>? Build(KubernetesObject flux, RenderInputs inputs, List<Finding> findings, SortedSet<string> sources, string what, List<string> notChecked)
    {
        var pathNode = FluxSpec.At(flux.Root, "spec", "path");
        var line = pathNode?.Start.Line ?? flux.Root.Start.Line;
        var folder = FolderOf(flux);
        if (folder is null)
        {
            findings.Add(FluxRules.At(FluxRules.Invalid, flux.Path, line, $"spec.path '{FluxSpec.Text(pathNode)}' leads outside the repository"));
            return null;
        }

        if (inputs.Files.Kind(folder) != EntryKind.Directory)
        {
            findings.Add(FluxRules.At(FluxRules.Invalid, flux.Path, line, $"kustomization path not found: '{KustomizePaths.Show(folder)}' is not a folder of the repository"));
            return null;
        }

        var files = new RecordingFileSystem(inputs.Files);
        if (!FluxGeneratedKustomization.HasKustomization(inputs.Files, folder))
        {
            files.Generate(folder.Length == 0 ? "kustomization.yaml" : folder + "/kustomization.yaml", FluxGeneratedKustomization.For(inputs, folder, findings));
            if (findings.Count > 0)
            {
                return null;
            }
        }

        var overlay = Overlay(flux, inputs, folder, what, notChecked);
        if (overlay is not null)
        {
            files.Generate(FluxOverlay.File, overlay);
        }

        var result = KustomizeBuild.Run(files, overlay is null ? folder : FluxOverlay.Folder, bases: inputs.KustomizeBases);
        sources.UnionWith(files.Read);
        if (!result.Succeeded)
        {
            findings.AddRange(result.Findings.Select(f => f.Location.Path == FluxOverlay.File ? f with { Location = f.Location with { Path = flux.Path } } : f));
            return null;
        }

        return overlay is null ? result.Objects : [.. result.Objects.Select(o => FromOverlay(o, flux.Path))];
    }

    /// <summary>The overlay of the Flux object's kustomize fields, or null when it sets none or they cannot be applied (said in <paramref name="notChecked"/>).</summary>
    private static string? Overlay(KubernetesObject flux, RenderInputs inputs, string folder, string what, List<string> notChecked)
    {
        if (FluxSpec.At(flux.Root, "spec") is not MappingNode spec || !FluxOverlay.Fields.Any(f => spec[f] is not (null or ScalarNode { Kind: ScalarKind.Null })))
        {
            return null;
        }

        string? problem = null;
        var text = folder.Length == 0
            ? null
            : inputs.Files.ReadFile(flux.Path, out _) is { } bytes ? FluxOverlay.Text(flux.Root, spec, System.Text.Encoding.UTF8.GetString(bytes), folder, out problem) : null;
        if (text is null)
        {
            var why = folder.Length == 0 ? "spec.path is the repository's root" : problem ?? "the Flux file could not be read again";
            notChecked.AddRange(FluxOverlay.Fields.Where(f => spec[f] is not (null or ScalarNode { Kind: ScalarKind.Null })).Select(f => $"{what}: spec.{f} is not applied ({why}); objects were checked without it."));
        }

        return text;
    }

    /// <summary>A rendered object with what the overlay set placed in the Flux file, and the overlay out of its chain.</summary>
    private static RenderedObject FromOverlay(RenderedObject rendered, string fluxFile) => new(
        NodeRewrite.Reorigin(rendered.Root, FluxOverlay.File, new NodeOrigin(fluxFile)),
        rendered.Resource,
        rendered.Source == FluxOverlay.File ? fluxFile : rendered.Source,
        [.. rendered.Chain.Where(c => c != FluxOverlay.File)]);

    /// <summary>The folder <c>spec.path</c> names, relative to the repository root (Flux reads it so); null when it climbs out.</summary>
    private static string? FolderOf(KubernetesObject flux) => KustomizePaths.Normalize(FluxSpec.Text(flux.Root, "spec", "path") ?? "");
}
