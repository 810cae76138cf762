namespace Rampart.Rendering;

/// <summary>
/// Finds one family of entry points in a repository (plain kustomization roots, charts, Flux objects, Argo CD
/// objects) and renders them. The render stage of a scan asks every source, drops roots that another entry point
/// already renders, and checks what each renders.
/// </summary>
public interface IEntryPointSource
{
    /// <summary>The kinds whose objects <see cref="RenderInputs.Index"/> must hold for this source (e.g. <c>ConfigMap</c>).</summary>
    IReadOnlySet<string> ContextKinds { get; }

    /// <summary>The entry points of this family. Never throws for bad input.</summary>
    IReadOnlyList<EntryPoint> Find(RenderInputs inputs, CancellationToken cancellation);

    /// <summary>Renders one entry point <see cref="Find"/> returned. Never throws for bad input.</summary>
    EntryPointRender Render(EntryPoint entryPoint, RenderInputs inputs, CancellationToken cancellation);
}
