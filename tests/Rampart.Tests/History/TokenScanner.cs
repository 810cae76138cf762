using System.Text.RegularExpressions;
using Rampart.History;

namespace Rampart.Tests.History;

/// <summary>
/// A small real scanner for the history reader's tests: it reports every <c>TOKEN_…</c> word of an added line,
/// with the line's commit, path and number, and keeps every line it was handed.
/// </summary>
internal sealed partial class TokenScanner : IAddedLineScanner
{
    public List<AddedLine> Lines { get; } = [];

    public List<(string? Commit, string Path, int Line, string Token)> Found { get; } = [];

    public Action<AddedLine>? After { get; init; }

    public void Scan(AddedLine line)
    {
        Lines.Add(line);
        foreach (Match match in Token().Matches(line.Text))
        {
            Found.Add((line.Commit?.Id, line.Path, line.Line, match.Value));
        }

        After?.Invoke(line);
    }

    [GeneratedRegex("TOKEN_[A-Z0-9_]+")]
    private static partial System.Text.RegularExpressions.Regex Token();
}
