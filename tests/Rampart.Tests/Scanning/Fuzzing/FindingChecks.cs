using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>
/// Every finding is located: a path relative to the scan root that names an entry of the repository, a line and
/// column inside the file when a line is given (no further than the file's last line, no column past the longest
/// line's end), an end that does not come before the start, a fingerprint, and a
/// message that does not show where the repository lies on the machine.
/// </summary>
internal static class FindingChecks
{
    public static IEnumerable<FuzzViolation> Located(FuzzRepository repo, ScanReport report)
    {
        var bounds = new Dictionary<string, (int Lines, int Longest)>(StringComparer.Ordinal);
        foreach (var finding in report.Findings)
        {
            if (Problem(repo, finding, bounds) is { } problem)
            {
                yield return new FuzzViolation(finding.Location.Path, $"{problem}: {finding.RuleId} at {Show(finding.Location)}: {finding.Message}");
            }
        }
    }

    private static string? Problem(FuzzRepository repo, Finding finding, Dictionary<string, (int Lines, int Longest)> bounds)
    {
        var location = finding.Location;
        var path = location.Path;
        if (string.IsNullOrEmpty(path) || Path.IsPathRooted(path) || path.Contains(repo.Root, StringComparison.Ordinal))
        {
            return "the path is empty, absolute or names the scan root";
        }

        var full = Path.Combine(repo.Root, path);
        if (path != "." && finding.RuleId != DiscoveryFindings.InvalidName.Id && !File.Exists(full) && !Directory.Exists(full))
        {
            return "the path names nothing in the repository";
        }

        if (location.Line < 0 || location.Column < 0 || (location.Line == 0 && location.Column != 0) || (location.Line > 0 && location.Column < 1))
        {
            return "the line or column is out of range";
        }

        if (!bounds.TryGetValue(full, out var bound))
        {
            // A finding on a folder has no line.
            bound = bounds[full] = File.Exists(full) && File.ReadAllBytes(full) is var bytes ? (TextLines.Count(bytes), TextLines.LongestLine(bytes)) : (0, 0);
        }

        var (lines, longest) = bound;

        // An end may sit just past the file's last line break (the end of the text, exclusive), never further.
        if (location.Line > lines || location.EndLine > lines + 1 || (location.EndLine == lines + 1 && location.EndColumn > 1))
        {
            return $"the line is past the end of the file ({lines} lines at most)";
        }

        // A column counts characters from 1; an end column may sit just past the last character of its line.
        if (location.Column > longest + 1 || location.EndColumn > longest + 1)
        {
            return $"the column is past the end of the longest line ({longest} characters at most)";
        }

        if (location.EndLine > 0 && (location.EndLine < location.Line || (location.EndLine == location.Line && location.EndColumn < location.Column)))
        {
            return "the end comes before the start";
        }

        if (finding.Fingerprint.Length != 16 || !finding.Fingerprint.All(char.IsAsciiHexDigitLower))
        {
            return $"the fingerprint '{finding.Fingerprint}' is not 16 hex digits";
        }

        return string.IsNullOrWhiteSpace(finding.Message) || finding.Message.Contains(repo.Root, StringComparison.Ordinal)
            ? "the message is empty or names the scan root"
            : null;
    }

    private static string Show(SourceLocation location) =>
        $"{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";
}
