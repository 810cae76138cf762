namespace Rampart.Loading;

/// <summary>
/// The file a node of a rendered tree was read from (a base, a patch, a kustomization). Nodes read from one file
/// share one instance; with the node's own <see cref="Node.Start"/> it names the line that set a rendered field.
/// Only trees loaded for rendering carry one (see <see cref="YamlLoader.RecordOrigins"/>).
/// </summary>
public sealed class NodeOrigin(string path)
{
    /// <summary>The file, relative to the root the rendering read from, with forward slashes.</summary>
    public string Path { get; } = path;

    public override string ToString() => Path;
}
