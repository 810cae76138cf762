using System.Text;

namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// The answer to <c>rampart owners explain PATH</c> for the CODEOWNERS part: the file used, every line and
/// what it did for the path (per section for GitLab), and the owners that result.
/// </summary>
public sealed record CodeOwnersExplanation(
    string Path,
    string SourcePath,
    CodeOwnersFlavor Flavor,
    IReadOnlyList<CodeOwnersSectionExplanation> Sections,
    CodeOwnersResult Result)
{
    /// <summary>Plain text for a terminal: one block per section, one line per CODEOWNERS line.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Path).Append(": ")
            .Append(Result.Unowned ? "no owners" : string.Join(' ', Result.Owners))
            .Append(" (").Append(SourcePath).Append(", ").Append(Flavor).Append(" rules)\n");
        foreach (var section in Sections)
        {
            if (Flavor == CodeOwnersFlavor.GitLab)
            {
                text.Append("  [").Append(section.Name.Length == 0 ? "unnamed section" : section.Name).Append(']')
                    .Append(section.Optional ? " optional" : $" {section.Approvals} approval(s)")
                    .Append(section.Excluded ? " - excluded" : section.WinningLine is { } won ? $" - line {won} decides" : " - no match")
                    .Append('\n');
            }

            foreach (var line in section.Lines)
            {
                text.Append("    ").Append(line.Line.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4)).Append("  ")
                    .Append(Label(line.Verdict).PadRight(11)).Append(line.Text).Append("  # ").Append(line.Reason).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Label(LineVerdict verdict) => verdict switch
    {
        LineVerdict.Won => "WINS",
        LineVerdict.Overridden => "overridden",
        LineVerdict.Excludes => "EXCLUDES",
        LineVerdict.Exempted => "exempted",
        LineVerdict.NotMatched => "-",
        LineVerdict.Replaced => "replaced",
        _ => "skipped",
    };
}
