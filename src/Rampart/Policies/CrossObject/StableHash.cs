namespace Rampart.Policies.CrossObject;

/// <summary>FNV-1a over the parts, each followed by a separator: a 64-bit key of a few strings without building one.</summary>
internal static class StableHash
{
    public static long Of(params ReadOnlySpan<string> parts)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
