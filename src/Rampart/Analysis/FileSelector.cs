using Rampart.Discovery;

namespace Rampart.Analysis;

/// <summary>
/// The files a file analyzer asks for: by what discovery made of them (<see cref="Kinds"/>), by exact name, or by
/// the end of their name. A file is handed over when any of the three takes it.
/// </summary>
public sealed record FileSelector
{
    public static FileSelector None { get; } = new();

    public IReadOnlySet<FileKind> Kinds { get; init; } = new HashSet<FileKind>();

    /// <summary>File names (the last part of the path), compared ordinally: <c>go.mod</c>, <c>Dockerfile</c>.</summary>
    public IReadOnlySet<string> Names { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Endings of file names, compared ordinally: <c>.lock</c>, <c>.deps.json</c>.</summary>
    public IReadOnlyList<string> Endings { get; init; } = [];

    public static FileSelector Of(params FileKind[] kinds) => new() { Kinds = new HashSet<FileKind>(kinds) };

    public bool Wants(DiscoveredFile file)
    {
        if (Kinds.Contains(file.Kind))
        {
            return true;
        }

        var slash = file.RelativePath.LastIndexOf('/');
        var name = slash < 0 ? file.RelativePath : file.RelativePath[(slash + 1)..];
        return Names.Contains(name) || Endings.Any(ending => name.EndsWith(ending, StringComparison.Ordinal));
    }
}
