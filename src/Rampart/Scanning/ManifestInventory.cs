using System.Text;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Scanning;

/// <summary>
/// The first pass over the manifests: the objects other objects are checked against (CRDs, Namespaces,
/// PodDisruptionBudgets, HorizontalPodAutoscalers, NetworkPolicies, and the kinds policies read across
/// objects, such as ServiceAccounts and roles) and every apiVersion in use. Files are
/// searched as bytes and only those that hold such an object are parsed, so the pass costs a fraction of
/// the full load and the repository never has to be held in memory.
/// </summary>
public sealed class ManifestInventory
{
    /// <summary>The kinds every scan keeps; analyzers may ask for more (<see cref="Collect"/>).</summary>
    public static IReadOnlySet<string> BaseKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "CustomResourceDefinition", "Namespace", "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy",
    };

    private ManifestInventory(IReadOnlyList<KubernetesObject> objects, IReadOnlySet<string> apiVersions)
    {
        Objects = objects;
        ApiVersions = apiVersions;
    }

    public IReadOnlyList<KubernetesObject> Objects { get; }
    public IReadOnlySet<string> ApiVersions { get; }

    public static ManifestInventory Collect(
        IReadOnlyList<DiscoveredFile> manifests, IReadOnlySet<string> kinds, YamlLoader loader, int parallelism, CancellationToken cancellation)
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
                    bytes = File.ReadAllBytes(file.FullPath);
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

        objects.Sort((a, b) => (string.CompareOrdinal(a.Path, b.Path), a.DocumentIndex.CompareTo(b.DocumentIndex)) switch
        {
            (not 0 and var byPath, _) => byPath,
            (_, var byIndex) => byIndex,
        });
        return new ManifestInventory(objects, apiVersions);
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
