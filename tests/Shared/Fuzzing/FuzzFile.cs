using System.Text;

namespace Rampart.Testing.Fuzzing;

/// <summary>
/// One file of a fuzzed repository: where it is, which seed it grew from, what was done to it, its bytes, and the
/// canary Pod it holds, if any.
/// </summary>
internal sealed record FuzzFile(string Path, string Seed, string Applied, byte[] Bytes)
{
    public Canary? Canary { get; init; }

    /// <summary>The most content shown in a failure message: this much of the start, and as much of the end.</summary>
    private const int ShownBytes = 1500;

    /// <summary>The file for a failure message: path, seed, mutations and content (escaped where not printable, cut in the middle when long).</summary>
    public string Describe()
    {
        var text = new StringBuilder()
            .Append("--- ").Append(Path).Append(" (seed ").Append(Seed).Append(", ").Append(Bytes.Length).Append(" bytes; ")
            .Append(Applied.Length == 0 ? "not mutated" : Applied)
            .Append(Canary is { } canary ? $"; canary '{canary.Name}' privileged on line {canary.Line}" : "").Append(")\n");
        if (Bytes.Length <= 2 * ShownBytes)
        {
            return ByteText.Append(text, Bytes, keepLines: true).Append("\n---").ToString();
        }

        ByteText.Append(text, Bytes.AsSpan(0, ShownBytes), keepLines: true).Append($"\n… ({Bytes.Length - (2 * ShownBytes)} bytes not shown) …\n");
        return ByteText.Append(text, Bytes.AsSpan(Bytes.Length - ShownBytes), keepLines: true).Append("\n---").ToString();
    }
}
