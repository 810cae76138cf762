namespace Rampart.Rendering;

/// <summary>
/// How much one scan renders (<c>scan.render</c> in rampart.yaml): entry points beyond <see cref="MaxEntryPoints"/>
/// are not rendered and objects beyond <see cref="MaxObjects"/> are not checked; both are counted as not checked.
/// </summary>
public sealed record RenderLimits
{
    public static RenderLimits Default { get; } = new();

    /// <summary>Most entry points rendered in one scan (<c>scan.render.maxEntryPoints</c>).</summary>
    public int MaxEntryPoints { get; init; } = 10_000;

    /// <summary>Most rendered objects checked in one scan, over all entry points (<c>scan.render.maxObjects</c>).</summary>
    public int MaxObjects { get; init; } = 500_000;
}
