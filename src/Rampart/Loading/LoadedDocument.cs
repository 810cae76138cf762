using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// One document of a loaded file. <see cref="Root"/> is null when the document is empty, comment-only, or
/// could not be loaded; <see cref="Problems"/> then says why (with file, line and column).
/// </summary>
public sealed record LoadedDocument(string Path, int Index, Node? Root, IReadOnlyList<Finding> Problems)
{
    /// <summary>Where the document starts in its file.</summary>
    public Mark Start { get; init; } = new(1, 1);

    /// <summary>
    /// Where the document holds a Go template action (<c>{{ … }}</c>) outside scalars: it is a template (Helm and
    /// the like) that is YAML only after rendering, not a document to check as it stands. Null when there is none;
    /// <c>{{</c> inside quoted, block or plain scalars does not count.
    /// </summary>
    public Mark? TemplateAction { get; init; }

    /// <summary>
    /// The file could not be read as a whole (its encoding, its size, a read failure): this document stands for all of
    /// it, or for the rest of it, and nothing there was loaded.
    /// </summary>
    public bool WholeFile { get; init; }

    /// <summary>The comments of the document addressed to Rampart (<c># rampart:…</c>), in file order; empty for most.</summary>
    public IReadOnlyList<CommentDirective> Directives { get; init; } = [];
}
