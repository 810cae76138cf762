using System.Text;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Expands property references in a manifest value: <c>$(Name)</c> in MSBuild files, <c>${name}</c> in Maven
/// POMs. Null when a reference names no property, or when expansion does not settle within a bounded number of
/// rounds (a property that refers to itself).
/// </summary>
internal static class PropertyReferences
{
    private const int MaxRounds = 16;

    public static string? Expand(string value, string open, char close, IReadOnlyDictionary<string, string> properties)
    {
        for (var round = 0; value.Contains(open, StringComparison.Ordinal); round++)
        {
            if (round == MaxRounds)
            {
                return null;
            }

            var builder = new StringBuilder();
            var position = 0;
            while (value.IndexOf(open, position, StringComparison.Ordinal) is var start and >= 0)
            {
                var end = value.IndexOf(close, start + open.Length);
                if (end < 0 || !properties.TryGetValue(value[(start + open.Length)..end], out var replacement))
                {
                    return null;
                }

                builder.Append(value, position, start - position).Append(replacement);
                position = end + 1;
            }

            value = builder.Append(value, position, value.Length - position).ToString();
        }

        return value;
    }
}
