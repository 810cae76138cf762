using System.Globalization;
using System.Text;

namespace Rampart.Rendering.Helm;

/// <summary>
/// What <c>helm install --dry-run</c> prints for a render: the release status (name, time, namespace, a pending
/// install at revision 1; Helm 4 adds the description), the hooks, and the release manifest as Helm stores it
/// (every manifest that is not a hook, untrimmed). With <c>--hide-secret</c> a Secret's text is replaced by a
/// comment. NOTES.txt is not rendered, so no NOTES section is printed.
/// </summary>
public static class HelmInstallDryRun
{
    public static string Print(IReadOnlyList<RenderedManifest> manifests, string releaseName, string releaseNamespace, DateTimeOffset deployed, bool hideSecret, bool helm4)
    {
        var sb = new StringBuilder();
        sb.Append("NAME: ").Append(releaseName).Append('\n');
        sb.Append("LAST DEPLOYED: ").Append(Ansic(deployed.ToUniversalTime())).Append('\n');
        sb.Append("NAMESPACE: ").Append(releaseNamespace).Append('\n');
        sb.Append("STATUS: pending-install\nREVISION: 1\n");
        if (helm4)
        {
            sb.Append("DESCRIPTION: Dry run complete\n");
        }

        sb.Append("TEST SUITE: None\nHOOKS:\n");
        foreach (var hook in manifests.Where(m => m.IsHook))
        {
            sb.Append(HelmRenderResult.Block(hook, helm4));
        }

        sb.Append("MANIFEST:\n");
        foreach (var manifest in manifests.Where(m => !m.IsHook))
        {
            sb.Append(hideSecret && manifest.Kind == "Secret"
                ? "---\n# Source: " + manifest.TemplateName + "\n# HIDDEN: The Secret output has been suppressed\n"
                : HelmRenderResult.Block(manifest, helm4));
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>Go's <c>time.ANSIC</c> layout: <c>Mon Jan _2 15:04:05 2006</c>.</summary>
    private static string Ansic(DateTimeOffset t) =>
        t.ToString("ddd MMM ", CultureInfo.InvariantCulture) + t.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2) + t.ToString(" HH:mm:ss yyyy", CultureInfo.InvariantCulture);
}
