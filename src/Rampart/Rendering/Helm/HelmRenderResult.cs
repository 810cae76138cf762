namespace Rampart.Rendering.Helm;

/// <summary>What a chart renders to: its manifests in Helm's install order (CRDs first when asked), and every problem at its file and line.</summary>
public sealed record HelmRenderResult(IReadOnlyList<RenderedManifest> Manifests, IReadOnlyList<RenderProblem> Problems)
{
    /// <summary>The text <c>helm template</c> prints for this result, in Helm 3's layout or Helm 4's.</summary>
    public string ToHelmTemplateText(bool helm4 = false) => Print(Manifests, helm4);

    /// <summary>Manifests as <c>helm template</c> prints them.</summary>
    public static string Print(IEnumerable<RenderedManifest> manifests, bool helm4 = false) =>
        string.Concat(Blocks(manifests, helm4).Select(b => b.Text));

    /// <summary>
    /// The manifests as <c>helm template --show-only</c> prints those it selects: <c>helm template</c>'s output is split
    /// into documents again, Helm 3 trimming each of them and Helm 4 only its start, and for each pattern in turn, the
    /// documents it selects are printed after <c>---</c>.
    /// </summary>
    public static string PrintShowOnly(IEnumerable<RenderedManifest> manifests, IEnumerable<Func<RenderedManifest, bool>> patterns, bool helm4 = false)
    {
        var blocks = Blocks(manifests, helm4);
        var sb = new System.Text.StringBuilder();
        foreach (var (pattern, (manifest, text)) in patterns.SelectMany(p => blocks.Select(b => (p, b))))
        {
            if (manifest is not null && pattern(manifest))
            {
                var document = text.AsSpan(text.IndexOf("---\n", StringComparison.Ordinal) + 4);
                sb.Append("---\n").Append(helm4 ? document : document.Trim()).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// What <c>helm template</c> writes for each manifest: the release manifest (every manifest that is not a hook,
    /// each as <c>---</c>, its <c>Source</c> line, its text and a line break) with its trailing whitespace trimmed and
    /// one line break, then each hook the same way. Helm 4 keeps the whitespace that followed each document in its
    /// template, Helm 3 does not. With no manifest but hooks the release manifest is an empty line of its own.
    /// </summary>
    public static List<(RenderedManifest? Manifest, string Text)> Blocks(IEnumerable<RenderedManifest> manifests, bool helm4)
    {
        var list = manifests.ToList();
        var blocks = new List<(RenderedManifest?, string)>(list.Count + 1);
        var lastManifest = list.FindLastIndex(m => !m.IsHook);
        if (lastManifest < 0 && list.Count > 0)
        {
            blocks.Add((null, "\n"));
        }

        for (var i = 0; i < list.Count; i++)
        {
            var text = Block(list[i], helm4);
            blocks.Add((list[i], i == lastManifest ? text.TrimEnd() + "\n" : text));
        }

        return blocks;
    }

    /// <summary>One manifest as Helm writes it into a release: <c>---</c>, its <c>Source</c> line, its text (with what followed it, for Helm 4) and a line break.</summary>
    public static string Block(RenderedManifest manifest, bool helm4) =>
        "---\n# Source: " + manifest.TemplateName + "\n" + manifest.Text + (helm4 ? manifest.Trailing : "") + "\n";
}
