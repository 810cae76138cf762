using System.Text;

namespace Rampart.Secrets;

/// <summary>
/// The line-scanning core: the secrets of a span of UTF-8 bytes from some file, with their lines and columns. It knows
/// no file system and no Kubernetes, so whatever holds bytes with a path (a file, a chunk of a large one, the lines a
/// commit added) can feed it.
/// </summary>
public static class SecretLines
{
    private static ReadOnlySpan<byte> AllowMarker => "rampart:allow"u8;

    // The inline markers of other scanners, so a repository moving to Rampart keeps its reviewed exceptions.
    private static ReadOnlySpan<byte> DetectSecretsMarker => "pragma: allowlist secret"u8;

    private static ReadOnlySpan<byte> GitleaksMarker => "gitleaks:allow"u8;

    /// <param name="text">The bytes, starting at the start of a line.</param>
    /// <param name="reportBefore">Only secrets whose value starts before this offset are reported (the rest of the span is context).</param>
    /// <param name="firstLine">The line number of the span's first line.</param>
    public static void Scan(SecretScanner scanner, ReadOnlySpan<byte> text, int reportBefore, int firstLine, List<LocatedSecret> found)
    {
        var hits = new List<SecretHit>();
        scanner.Scan(text, reportBefore, hits);
        var line = firstLine;
        var lineStart = 0;
        var position = 0;
        foreach (var hit in hits)
        {
            var matchLineStart = LineStart(text, hit.MatchIndex);
            var before = text[position..hit.Index];
            var breaks = before.Count((byte)'\n');
            if (breaks > 0)
            {
                line += breaks;
                lineStart = position + before.LastIndexOf((byte)'\n') + 1;
            }

            position = hit.Index;
            var allowed = HasAllowMarker(text, Math.Min(matchLineStart, lineStart), LineEnd(text, hit.End));
            var column = Encoding.UTF8.GetCharCount(text[lineStart..hit.Index]) + 1;
            found.Add(new LocatedSecret(hit.Rule, line, column, hit.Value.Length, hit.Value, allowed));
        }
    }

    private static bool HasAllowMarker(ReadOnlySpan<byte> text, int start, int end)
    {
        var line = text[start..end];
        return line.IndexOf(AllowMarker) >= 0 || line.IndexOf(DetectSecretsMarker) >= 0 || line.IndexOf(GitleaksMarker) >= 0;
    }

    private static int LineStart(ReadOnlySpan<byte> text, int index) => text[..index].LastIndexOf((byte)'\n') + 1;

    private static int LineEnd(ReadOnlySpan<byte> text, int index)
    {
        var next = text[index..].IndexOf((byte)'\n');
        return next < 0 ? text.Length : index + next;
    }
}
