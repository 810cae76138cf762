using Rampart.Rendering;
using Rampart.Rendering.Helm;

namespace Rampart.Rendering.Kustomize;

/// <summary>
/// Prints rendered objects as <c>kubectl kustomize</c> does: each object through sigs.k8s.io/yaml (keys sorted,
/// numbers as JSON reads them, strings quoted when they would read back as another type), documents separated by
/// <c>---</c>.
/// </summary>
public static class RenderedYaml
{
    /// <summary>The printed objects, or null with the object that cannot be written as YAML (nesting too deep).</summary>
    public static string? Print(IEnumerable<RenderedObject> objects, out RenderedObject? failed)
    {
        var sb = new System.Text.StringBuilder();
        failed = null;
        foreach (var rendered in objects)
        {
            if (GoYamlWriter.Marshal(HelmYaml.ToGo(rendered.Root, rendered.Source, 0)) is not { } text)
            {
                failed = rendered;
                return null;
            }

            sb.Append(sb.Length == 0 ? "" : "---\n").Append(text);
        }

        return sb.ToString();
    }
}
