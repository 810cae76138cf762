namespace Rampart.Policies;

/// <summary>One step of a <see cref="FieldReference"/>: a mapping key, or a list index when <see cref="Key"/> is null.</summary>
public readonly record struct FieldSegment(string? Key, int Index)
{
    public static FieldSegment Field(string key) => new(key, -1);

    public static FieldSegment Item(int index) => new(null, index);

    public bool IsIndex => Key is null;
}
