using System.Text;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.History;

namespace Rampart.Secrets;

/// <summary>
/// The secret scanner over the lines commits added (<c>--history</c>) or the index adds (<c>--staged</c>): each run of
/// consecutive lines one commit added to one file (up to <see cref="MaxBlockBytes"/>) goes through
/// <see cref="SecretLines.Scan"/> with its first line number, so the rules (private keys over several lines included),
/// their filters and <c>rampart:allow</c> are those of file scanning; files under <c>secrets.allowPaths</c> are skipped. A secret
/// is kept once per rule and value: the oldest commit that added it (git prints the newest first), where, and how
/// many commits added it. Values are kept in memory for the HEAD check only and leave as hashes.
/// </summary>
public sealed class HistorySecrets(SecretScanner scanner, IReadOnlyList<string> allowPaths) : IAddedLineScanner
{
    private readonly Glob[] allowed = [.. allowPaths.Select(Glob.ForPath)];
    private readonly Dictionary<(int Rule, string Value), Sighting> sightings = [];
    private readonly List<LocatedSecret> found = [];
    private readonly List<byte> block = [];
    private AddedLine? blockStart;
    private int blockEnd;

    /// <summary>Bytes of added lines scanned together; a longer run is scanned in pieces.</summary>
    public const int MaxBlockBytes = 1 << 20;

    /// <summary>Distinct secrets (rule and value) seen so far.</summary>
    public int Count => sightings.Count;

    /// <summary>The values seen, for <see cref="HeadPresence.Find"/>.</summary>
    public IEnumerable<string> Values => sightings.Keys.Select(k => k.Value);

    public void Scan(AddedLine line)
    {
        if (allowed.Any(glob => glob.IsMatch(line.Path)))
        {
            return;
        }

        if (blockStart is null || !ReferenceEquals(blockStart.Commit, line.Commit) || blockStart.Path != line.Path
            || line.Line != blockEnd + 1 || block.Count >= MaxBlockBytes)
        {
            Complete();
            blockStart = line;
        }
        else
        {
            block.Add((byte)'\n');
        }

        block.AddRange(Encoding.UTF8.GetBytes(line.Text));
        blockEnd = line.Line;
    }

    /// <summary>Scans the lines still held; call once the reader is done.</summary>
    public void Complete()
    {
        if (blockStart is not { } start)
        {
            return;
        }

        found.Clear();
        SecretLines.Scan(scanner, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(block), block.Count, start.Line, found);
        block.Clear();
        blockStart = null;
        foreach (var secret in found)
        {
            if (secret.Allowed)
            {
                continue;
            }

            var key = (secret.Rule, secret.Value);
            if (start.Commit is null && sightings.ContainsKey(key))
            {
                continue; // staged: the first place in the index is where it is reported
            }

            var commits = sightings.TryGetValue(key, out var seen) ? seen.Commits : new HashSet<string>(StringComparer.Ordinal);
            if (start.Commit is { } commit)
            {
                commits.Add(commit.Id);
            }

            // Each later block is from an older commit (or, staged, further down the index): the last one seen is the first added.
            sightings[key] = new Sighting(start.Commit, start.Path, secret.Line, secret.Column, secret.Length, commits);
        }
    }

    /// <summary>
    /// One finding per secret, at its first commit's path and line. With <paramref name="presence"/> (history), a secret
    /// still at HEAD keeps its rule's severity and says so; one removed since is one step less severe and says it stays in the history.
    /// </summary>
    public List<Finding> Findings(HeadPresence? presence)
    {
        var findings = new List<Finding>(sightings.Count);
        foreach (var ((ruleIndex, value), at) in sightings)
        {
            var rule = scanner.Rules[ruleIndex];
            var location = new SourceLocation(at.Path, at.Line, at.Column, at.Line, at.Column + at.Length);
            if (at.Commit is not { } commit)
            {
                findings.Add(SecretFindings.Report(SecretRules.Describe(rule), rule.Title, value, location));
                continue;
            }

            var atHead = presence?.IsPresent(value) ?? false;
            var added = at.Commits.Count == 1 ? $"added in {Short(commit.Id)}" : $"added in {Short(commit.Id)} and {at.Commits.Count - 1} later commit(s)";
            var message = $"{rule.Title} {added}, " + (atHead ? "still present at HEAD" : "removed since but still in the history");
            var finding = SecretFindings.Report(SecretRules.Describe(rule), message, value, location);
            findings.Add(finding with
            {
                Severity = atHead ? finding.Severity : Lower(finding.Severity),
                Commit = new CommitRef(commit.Id, commit.AuthorName, commit.AuthorEmail, commit.AuthorDate, atHead, Math.Max(1, at.Commits.Count)),
            });
        }

        return findings;
    }

    private static string Short(string id) => id.Length > 12 ? id[..12] : id;

    private static Severity Lower(Severity severity) => severity > Severity.Low ? severity - 1 : severity;

    private sealed record Sighting(CommitInfo? Commit, string Path, int Line, int Column, int Length, HashSet<string> Commits);
}
