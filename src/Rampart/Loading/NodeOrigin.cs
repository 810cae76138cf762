namespace Rampart.Loading;

/// <summary>
/// The file a node of a rendered tree was read from (a base, a patch, a kustomization). Nodes read from one file
/// share one instance; with the node's own <see cref="Node.Start"/> it names the line that set a rendered field.
/// Only trees loaded for rendering carry one (see <see cref="YamlLoader.RecordOrigins"/>).
/// </summary>
public sealed class NodeOrigin(string path)
{
    private List<CommentDirective>? directives;

    /// <summary>The file, relative to the root the rendering read from, with forward slashes.</summary>
    public string Path { get; } = path;

    /// <summary>
    /// The comments addressed to Rampart in the file, each with the lines of its document, so that an object rendered
    /// from the file keeps the directives of its document. Filled while the file loads, read-only after.
    /// </summary>
    public IReadOnlyList<CommentDirective> Directives => directives ?? (IReadOnlyList<CommentDirective>)[];

    internal void Add(CommentDirective directive) => (directives ??= []).Add(directive);

    public override string ToString() => Path;
}
