namespace Rampart.Rendering.Helm;

/// <summary>What a chart renders to: its manifests in Helm's install order (CRDs first when asked), and every problem at its file and line.</summary>
public sealed record HelmRenderResult(IReadOnlyList<RenderedManifest> Manifests, IReadOnlyList<RenderProblem> Problems)
{
    /// <summary>The text <c>helm template</c> prints for this result (Helm 3 layout).</summary>
    public string ToHelmTemplateText()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var m in Manifests)
        {
            sb.Append("---\n# Source: ").Append(m.TemplateName).Append('\n').Append(m.Text).Append('\n');
        }

        return sb.ToString();
    }
}
