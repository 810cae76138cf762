using System.Text.Json;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// A value of a JSON or TOML lockfile with the line it starts on: an object (properties in file order), an array,
/// or a scalar (<see cref="Text"/>: a string's value, a number or boolean as written). Lockfile readers walk it to
/// find packages and their lines.
/// </summary>
public sealed class LockNode(JsonValueKind kind, int line)
{
    private static readonly IReadOnlyList<KeyValuePair<string, LockNode>> NoProperties = [];
    private static readonly IReadOnlyList<LockNode> NoItems = [];

    public JsonValueKind Kind { get; } = kind;
    public int Line { get; } = line;
    public string? Text { get; init; }
    public IReadOnlyList<KeyValuePair<string, LockNode>> Properties { get; init; } = NoProperties;
    public IReadOnlyList<LockNode> Items { get; init; } = NoItems;

    /// <summary>The value of a property (the last one when a key repeats), or null.</summary>
    public LockNode? this[string name]
    {
        get
        {
            for (var i = Properties.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Properties[i].Key, name, StringComparison.Ordinal))
                {
                    return Properties[i].Value;
                }
            }

            return null;
        }
    }

    /// <summary>The text of a scalar property, or null when it is missing or not a scalar.</summary>
    public string? String(string name) => this[name] is { Kind: not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null) } value ? value.Text : null;

    public bool IsTrue(string name) => this[name]?.Kind == JsonValueKind.True;

    public bool IsObject => Kind == JsonValueKind.Object;
}
