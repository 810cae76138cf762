using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Config;

/// <summary>
/// A field of resources of some type that a transformer edits: the path (<c>spec/template/metadata/labels</c>;
/// sequences on the way are entered item by item), which resource types it applies to, and whether the field is
/// created when missing.
/// </summary>
internal sealed record FieldSpec(Gvk Type, IReadOnlyList<string> Path, bool Create)
{
    /// <summary>Reads a path as Kustomize writes it: <c>/</c> between fields, <c>\/</c> for a slash in a key, <c>[]</c> after a sequence.</summary>
    public static IReadOnlyList<string> ParsePath(string path)
    {
        var segments = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '\\' && i + 1 < path.Length && path[i + 1] == '/')
            {
                current.Append('/');
                i++;
            }
            else if (path[i] == '/')
            {
                segments.Add(Clean(current.ToString()));
                current.Clear();
            }
            else
            {
                current.Append(path[i]);
            }
        }

        segments.Add(Clean(current.ToString()));
        return segments;
    }

    public static FieldSpec Of(string path, string kind = "", bool create = false, string group = "", string version = "") =>
        new(new Gvk(group, version, kind), ParsePath(path), create) { Sequences = SequenceSegments(path) };

    /// <summary>The segments written with <c>[]</c> (sequences): never created when missing, as in Kustomize.</summary>
    public IReadOnlyList<int>? Sequences { get; init; }

    private static List<int>? SequenceSegments(string path)
    {
        List<int>? found = null;
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].EndsWith("[]", StringComparison.Ordinal))
            {
                (found ??= []).Add(i);
            }
        }

        return found;
    }

    public string PathText
    {
        get
        {
            // Made once per path: every build compares the specs it merges and the transformers compare them per object.
            var made = pathText;
            if (made is null || !ReferenceEquals(made.Value.For, Path))
            {
                made = (Path, string.Join('/', Path.Select(p => p.Replace("/", "\\/", StringComparison.Ordinal))));
                pathText = made;
            }

            return made.Value.Text;
        }
    }

    /// <summary>The text of <see cref="Path"/>, with the list it was made of (a copy made with another path makes its own).</summary>
    private (IReadOnlyList<string> For, string Text)? pathText;

    private static string Clean(string segment) => segment.EndsWith("[]", StringComparison.Ordinal) ? segment[..^2] : segment;
}
