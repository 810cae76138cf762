namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>
/// What the schema says of one field: the type of its value (or of its items, for a list; of its values, for a
/// map), and for lists the patch strategy (<c>merge</c>, <c>retainKeys</c>, <c>replace</c>) and merge key.
/// </summary>
internal sealed record FieldPatch(string? Type, string? MapValueType, string Strategy, string? MergeKey)
{
    public bool Merges => Strategy.Split(',').Contains("merge");
}
