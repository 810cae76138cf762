namespace Rampart.Rendering.Helm;

/// <summary>What a chart renders to: its manifests in Helm's install order (CRDs first when asked), and every problem at its file and line.</summary>
public sealed record HelmRenderResult(IReadOnlyList<RenderedManifest> Manifests, IReadOnlyList<RenderProblem> Problems)
{
    /// <summary>
    /// The text <c>helm template</c> prints for this result: Helm 3's layout, or Helm 4's as far as it is modelled (a
    /// blank line between manifests and after each hook; docs/conformance.md lists where Helm 4 differs).
    /// </summary>
    public string ToHelmTemplateText(bool helm4 = false) => Print(Manifests, helm4);

    /// <summary>Manifests as <c>helm template</c> prints them; with <paramref name="blankAfterEach"/>, as Helm 4's <c>--show-only</c> does.</summary>
    public static string Print(IEnumerable<RenderedManifest> manifests, bool helm4 = false, bool blankAfterEach = false)
    {
        var list = manifests.ToList();
        var lastManifest = list.FindLastIndex(m => !m.IsHook);
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            sb.Append("---\n# Source: ").Append(list[i].TemplateName).Append('\n').Append(list[i].Text).Append('\n');
            if (helm4 && (blankAfterEach || list[i].IsHook || i != lastManifest))
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
