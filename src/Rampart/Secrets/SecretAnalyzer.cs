using System.Buffers;
using System.Runtime.InteropServices;
using Rampart.Analysis;
using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;

namespace Rampart.Secrets;

/// <summary>
/// The secret analyzer (<c>--scanners secret</c>): every text file discovery finds, whatever its kind, binary files
/// left out. A file up to <see cref="WholeFileBytes"/> is read once (and shared with the loader); a larger one is
/// streamed in chunks (<see cref="SecretStream"/>). SOPS-encrypted files are safe as a whole; YAML and JSON with
/// Kubernetes objects go through <see cref="KubernetesSecrets"/> first. Each secret found becomes a finding unless
/// its line carries <c>rampart:allow</c>; a file under a <c>secrets.allowPaths</c> glob is not read at all. At most
/// <see cref="MaxFindingsPerFile"/> findings per file. The rules are compiled when the first file is read, so a scan
/// with no file to read (an empty folder, a pre-commit run on nothing) does not pay for them.
/// </summary>
public sealed class SecretAnalyzer(Lazy<SecretScanner> rules, IReadOnlyList<string> allowPaths) : IFileAnalyzer
{
    public SecretAnalyzer(SecretScanner scanner, IReadOnlyList<string> allowPaths)
        : this(new Lazy<SecretScanner>(scanner), allowPaths)
    {
    }

    public const int WholeFileBytes = 4 << 20;
    public const int MaxFindingsPerFile = 500;

    private readonly Glob[] allowed = [.. allowPaths.Select(Glob.ForPath)];
    private readonly Lazy<KubernetesSecrets> kubernetes = new(() => new KubernetesSecrets(rules.Value));

    /// <summary>Builds the rules (and the Kubernetes Secret reader over them) now rather than at the first file.</summary>
    public void Warm() => _ = kubernetes.Value;

    public string Name => "secret";

    public IReadOnlyList<RuleDescriptor> Rules => SecretRules.Descriptors;

    public FileSelector Files { get; } = new() { Kinds = Enum.GetValues<FileKind>().Where(k => k != FileKind.Binary).ToHashSet() };

    public void Analyze(FileUnderReview file, AnalysisContext context, ICollection<Finding> findings)
    {
        if (allowed.Any(glob => glob.IsMatch(file.Path)))
        {
            return;
        }

        var scanner = rules.Value;
        var found = new List<LocatedSecret>();
        var objectFindings = new List<Finding>();
        var handled = new List<(int First, int Last)>();
        if (file.File.Size > WholeFileBytes)
        {
            using var stream = file.OpenRead();
            SecretStream.Scan(scanner, stream, found, MaxFindingsPerFile);
        }
        else if (file.IsRead)
        {
            // The loader (or another analyzer) has read it already: its bytes are shared.
            if (!MemoryMarshal.TryGetArray(file.Content(), out var content) || !ScanContent(scanner, file, content, found, objectFindings, handled))
            {
                return;
            }
        }
        else if (file.File.Size > 0)
        {
            // Only this analyzer reads it: into a buffer kept by the thread from one file to the next, not a new array.
            var buffer = ArrayPool<byte>.Shared.Rent((int)file.File.Size);
            try
            {
                int length;
                using (var stream = file.OpenRead())
                {
                    length = stream.ReadAtLeast(buffer.AsSpan(0, (int)file.File.Size), (int)file.File.Size, throwOnEndOfStream: false);
                }

                if (!ScanContent(scanner, file, new ArraySegment<byte>(buffer, 0, length), found, objectFindings, handled))
                {
                    return;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        Report(scanner, file.Path, found, objectFindings, handled, findings);
    }

    /// <summary>The secrets of a file read whole; false when it is binary or SOPS-encrypted, so not scanned.</summary>
    private bool ScanContent(SecretScanner scanner, FileUnderReview file, ArraySegment<byte> content, List<LocatedSecret> found, List<Finding> objectFindings, List<(int First, int Last)> handled)
    {
        var bytes = content.AsSpan();
        if (ContentSniffer.HasNul(bytes) || SopsFile.IsEncrypted(bytes))
        {
            return false;
        }

        if (IsStructured(file.File) && KubernetesSecrets.MayHoldObjects(bytes))
        {
            using var stream = new MemoryStream(content.Array!, content.Offset, content.Count, writable: false);
            kubernetes.Value.Inspect(file.Path, stream, objectFindings, handled);
        }

        SecretLines.Scan(scanner, bytes, bytes.Length, 1, found);
        return true;
    }

    private static void Report(SecretScanner scanner, string path, List<LocatedSecret> found, List<Finding> objectFindings, List<(int First, int Last)> handled, ICollection<Finding> findings)
    {
        var lines = new HashSet<int>();
        var count = 0;
        foreach (var secret in found)
        {
            if (secret.Allowed || handled.Any(range => secret.Line >= range.First && secret.Line <= range.Last) || count >= MaxFindingsPerFile)
            {
                continue;
            }

            var rule = scanner.Rules[secret.Rule];
            var location = new SourceLocation(path, secret.Line, secret.Column, secret.Line, secret.Column + secret.Length);
            findings.Add(SecretFindings.Report(SecretRules.Describe(rule), rule.Title, secret.Value, location));
            lines.Add(secret.Line);
            count++;
        }

        // An env value a token rule already reported on its line is not reported twice.
        foreach (var finding in objectFindings.Where(f => f.RuleId != SecretRules.EnvSecret.Id || !lines.Contains(f.Location.Line)))
        {
            findings.Add(finding);
        }
    }

    private static bool IsStructured(DiscoveredFile file) =>
        file.Kind is FileKind.KubernetesManifest or FileKind.ToolConfiguration or FileKind.HelmValues
        || file.RelativePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.RelativePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || file.RelativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
