using Rampart.Findings;

namespace Rampart.Secrets;

/// <summary>
/// One kind of credential: its id (<c>RMP-SECRET-NNN</c>), what it is called, how bad a leak is, the words one of
/// which every match holds (lower case, for the keyword prefilter), an RE2 pattern (linear time) whose first group
/// that takes part is the secret, and the filters a match must pass: an entropy floor on the secret, a check
/// (a checksum, a decoded header), and placeholder filters. Every rule carries its own examples, synthetic values
/// made to the published format: <see cref="Positives"/> must be reported, <see cref="Negatives"/> must not.
/// </summary>
public sealed record SecretRule
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Severity Severity { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required string Pattern { get; init; }

    /// <summary>Shannon entropy in bits per character the secret must reach (0: no floor).</summary>
    public double MinEntropy { get; init; }

    public SecretCheck Check { get; init; } = SecretCheck.None;

    /// <summary>
    /// How many lines a match can run over, counted from the line that holds its keyword (a match starts on that line):
    /// the regexes see only these lines around each keyword. Two by default, so a value after a line break
    /// (<c>password:</c> then the value below it) is still whole; more for multi-line formats (a private key's header lines).
    /// </summary>
    public int Lines { get; init; } = DefaultLines;

    public const int DefaultLines = 2;

    /// <summary>
    /// The names (an RE2 pattern over the identifier an assignment starts in) of the credentials this rule knows the
    /// format of: the generic assignment rule leaves a value assigned to such a name to this rule. A value of another
    /// shape under that name is not that credential (an AWS secret access key is 40 characters; 56 characters of
    /// base64 under its name are a value encrypted for a deployment tool).
    /// </summary>
    public string? OwnsNames { get; init; }

    /// <summary>
    /// Every match starts where one of <see cref="Keywords"/> starts (the pattern opens with its keywords, as plain
    /// ASCII, and no assertion before them): the rule is then tried only from each of its keywords in a window
    /// (<see cref="Rampart.Regex.Re2Regex.TryMatchGroupsAt"/>), a search that stops where a match from there cannot go
    /// on, instead of a search of the whole window. The generic assignment rule, whose keywords fill ordinary code,
    /// is one.
    /// </summary>
    public bool StartsAtKeyword { get; init; }

    /// <summary>Whether values such as <c>changeme</c>, <c>${VAR}</c>, <c>&lt;password&gt;</c> or <c>xxxx</c> are left out.</summary>
    public bool FiltersPlaceholders { get; init; }

    public IReadOnlyList<string> Positives { get; init; } = [];
    public IReadOnlyList<string> Negatives { get; init; } = [];
}
