namespace Rampart.Findings;

/// <summary>
/// Reads an enum value from user text by its name only (any case). <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
/// also takes numbers and comma-separated lists (<c>info,low</c> reads as <c>low</c>), which a user never means.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
