using System.Text;

namespace Rampart.Server.Admission;

/// <summary>
/// Warnings as the API server passes them on: at most <see cref="MaxLength"/> characters (longer ones are cut with an
/// ellipsis, as the API server would truncate them) and printable (control characters become spaces).
/// </summary>
internal static class WarningText
{
    public const int MaxLength = 120;

    public static string Of(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
            if (builder.Length > MaxLength)
            {
                break;
            }
        }

        if (builder.Length > MaxLength)
        {
            builder.Length = MaxLength - 1;
            if (char.IsHighSurrogate(builder[^1]))
            {
                builder.Length--;
            }

            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>At most <paramref name="max"/> warnings: when there are more, the last one says how many were left out.</summary>
    public static List<string> Capped(List<string> warnings, int max)
    {
        if (warnings.Count <= max)
        {
            return warnings;
        }

        var kept = warnings.GetRange(0, Math.Max(0, max - 1));
        kept.Add(Of($"… and {warnings.Count - kept.Count} more warnings (see the webhook's log)"));
        return kept;
    }
}
