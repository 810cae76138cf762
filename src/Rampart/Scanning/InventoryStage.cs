using System.Text;
using Rampart.Analysis;
using Rampart.Artifacts;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Scanning;

/// <summary>
/// The inventory stage, the first pass over the manifests, which fills the scan's <see cref="ScanIndex"/>: the objects other objects are checked against (CRDs, Namespaces,
/// PodDisruptionBudgets, HorizontalPodAutoscalers, NetworkPolicies, and the kinds policies read across
/// objects, such as ServiceAccounts and roles) and every apiVersion in use. Files are
/// searched as bytes and only those that hold such an object are parsed, so the pass costs a fraction of
/// the full load and the repository never has to be held in memory.
/// </summary>
internal sealed class InventoryStage(IArtifact artifact, YamlLoader loader, int parallelism)
{
    /// <summary>
    /// The objects of <paramref name="kinds"/> among <paramref name="manifests"/> and <paramref name="parsed"/> (the
    /// objects the artifact holds already parsed), and every apiVersion they use.
    /// </summary>
    public ScanIndex Run(IReadOnlyList<DiscoveredFile> manifests, IReadOnlySet<string> kinds, IEnumerable<KubernetesObject> parsed, CancellationToken cancellation)
    {
        byte[][] markers = [.. kinds.Select(k => Encoding.UTF8.GetBytes(k))];
        var objects = new List<KubernetesObject>();
        var apiVersions = new HashSet<string>(StringComparer.Ordinal);
        var gate = new Lock();
        Parallel.ForEach(
            manifests,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            () => (Objects: new List<KubernetesObject>(), Versions: new HashSet<string>(StringComparer.Ordinal)),
            (file, _, local) =>
            {
                byte[] bytes;
                try
                {
                    bytes = artifact.ReadAll(file);
                }
                catch (IOException)
                {
                    return local; // reported by the analysis pass, which reads the file again
                }
                catch (UnauthorizedAccessException)
                {
                    return local;
                }

                ApiVersionScanner.Collect(bytes, local.Versions);
                if (MayHoldAny(bytes, markers))
                {
                    var ignored = new List<Finding>();
                    foreach (var document in loader.Load(file.RelativePath, new MemoryStream(bytes, writable: false)))
                    {
                        if (document.TemplateAction is not null)
                        {
                            continue; // a template's objects exist only once it is rendered
                        }

                        var found = new List<KubernetesObject>();
                        ObjectReader.Read(document, isManifest: true, found, ignored);
                        local.Objects.AddRange(found.Where(o => kinds.Contains(o.Kind)));
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    objects.AddRange(local.Objects);
                    apiVersions.UnionWith(local.Versions);
                }
            });

        foreach (var obj in parsed)
        {
            apiVersions.Add(obj.ApiVersion);
            if (kinds.Contains(obj.Kind))
            {
                objects.Add(obj);
            }
        }

        objects.Sort((a, b) => (string.CompareOrdinal(a.Path, b.Path), a.DocumentIndex.CompareTo(b.DocumentIndex)) switch
        {
            (not 0 and var byPath, _) => byPath,
            (_, var byIndex) => byIndex,
        });
        return new ScanIndex(objects, apiVersions);
    }

    /// <summary>
    /// Whether the text declares one of the kinds: the name as a whole word after a <c>kind</c> key
    /// (<c>kind: Namespace</c>, <c>"kind": "Namespace"</c>), so that <c>automountServiceAccountToken</c> does
    /// not send every workload through the parser.
    /// </summary>
    internal static bool MayHoldAny(ReadOnlySpan<byte> bytes, byte[][] markers)
    {
        foreach (var marker in markers)
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var at = bytes[offset..].IndexOf(marker);
                if (at < 0)
                {
                    break;
                }

                var start = offset + at;
                offset = start + marker.Length;
                if (offset < bytes.Length && IsNameByte(bytes[offset]))
                {
                    continue;
                }

                if (FollowsKindKey(bytes[..start]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsNameByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.';

    private static bool FollowsKindKey(ReadOnlySpan<byte> before)
    {
        var i = before.Length - 1;
        while (i >= 0 && before[i] is (byte)' ' or (byte)'\t' or (byte)'"' or (byte)'\'')
        {
            i--;
        }

        if (i < 0 || before[i] != (byte)':')
        {
            return false;
        }

        i--;
        while (i >= 0 && before[i] is (byte)' ' or (byte)'\t' or (byte)'"' or (byte)'\'')
        {
            i--;
        }

        return i >= 3 && before.Slice(i - 3, 4).SequenceEqual("kind"u8) && (i < 4 || !IsNameByte(before[i - 4]));
    }
}
