using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Turns the key/value nodes of a closed mapping into its entries the way Kubernetes reads them: a repeated key
/// keeps its last value (a finding names both lines), merge keys (<c>&lt;&lt;</c>) are applied in place as go-yaml
/// v2 does (keys set before the merge are overwritten by it; in a list of merged mappings the earlier wins), and
/// keys Kubernetes cannot turn into JSON strings are reported.
/// </summary>
internal sealed class MappingAssembler(TreeBuilder builder)
{
    private const int LinearLimit = 16;
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private readonly List<MappingEntry> merged = [];
    private readonly List<bool> explicitKeys = [];

    /// <summary>The entries, or null when merging went over the expansion budget.</summary>
    public MappingEntry[]? Assemble(ReadOnlySpan<Node> pairs)
    {
        var count = pairs.Length / 2;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (IsMergeKey(pairs[i]))
            {
                return AssembleWithMerges(pairs);
            }
        }

        var entries = new MappingEntry[count];
        var used = 0;
        if (count > LinearLimit)
        {
            positions.Clear();
        }

        for (var i = 0; i < pairs.Length; i += 2)
        {
            var entry = new MappingEntry(pairs[i], pairs[i + 1]);
            var key = KeyOf(entry.Key);
            var previous = key is null ? -1 : count > LinearLimit ? Find(key) : FindLinear(entries, used, key);
            if (previous >= 0)
            {
                ReportDuplicate(entries[previous].Key, entry.Key, key!);
                entries[previous] = entry;
                continue;
            }

            if (key is not null && count > LinearLimit)
            {
                positions[key] = used;
            }

            entries[used++] = entry;
        }

        if (used < count)
        {
            Array.Resize(ref entries, used);
        }

        return entries;
    }

    private MappingEntry[]? AssembleWithMerges(ReadOnlySpan<Node> pairs)
    {
        positions.Clear();
        merged.Clear();
        explicitKeys.Clear();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (!IsMergeKey(pairs[i]))
            {
                Set(new MappingEntry(pairs[i], pairs[i + 1]), KeyOf(pairs[i]), mergedAt: null);
                continue;
            }

            var at = pairs[i].Start;
            switch (pairs[i + 1])
            {
                case MappingNode source:
                    if (!MergeFrom(source, at))
                    {
                        return null;
                    }

                    break;
                case SequenceNode { Items: var sources } when AllMappings(sources):
                    // Step backwards: the earlier mappings of the list take precedence.
                    for (var s = sources.Count - 1; s >= 0; s--)
                    {
                        if (!MergeFrom((MappingNode)sources[s], at))
                        {
                            return null;
                        }
                    }

                    break;
                default:
                    builder.Report(LoadRules.InvalidMerge, at,
                        "the value of a merge key (<<) must be a mapping or a sequence of mappings; Kubernetes rejects the document");
                    break;
            }
        }

        return [.. merged];
    }

    private bool MergeFrom(MappingNode source, Mark at)
    {
        if (!builder.Spend(source.Count, at))
        {
            return false;
        }

        foreach (var entry in source.Entries)
        {
            Set(entry, entry.KeyText, at);
        }

        return true;
    }

    private void Set(MappingEntry entry, string? key, Mark? mergedAt)
    {
        if (key is null)
        {
            merged.Add(entry);
            explicitKeys.Add(mergedAt is null);
            return;
        }

        if (positions.TryGetValue(key, out var previous))
        {
            if (explicitKeys[previous])
            {
                if (mergedAt is { } at)
                {
                    builder.Report(LoadRules.MergeOverridesKey, merged[previous].Key.Start,
                        $"key '{FindingText.Cut(key)}' is overwritten by the merge key (<<) on line {at.Line}: Kubernetes applies merges in place, so the merged value wins; put the merge key first");
                }
                else
                {
                    ReportDuplicate(merged[previous].Key, entry.Key, key);
                }
            }

            merged[previous] = entry;
            explicitKeys[previous] = mergedAt is null;
            return;
        }

        positions[key] = merged.Count;
        merged.Add(entry);
        explicitKeys.Add(mergedAt is null);
    }

    private string? KeyOf(Node key)
    {
        if (key is ScalarNode scalar && scalar.KeyText is { } text)
        {
            return text;
        }

        var what = key switch
        {
            MappingNode => "a mapping",
            SequenceNode => "a sequence",
            ScalarNode { Kind: ScalarKind.Null } => "null",
            _ => "an integer too large for JSON conversion",
        };
        builder.Report(LoadRules.UnsupportedKey, key.Start, $"this mapping key is {what}; Kubernetes' conversion to JSON rejects the document");
        return null;
    }

    private void ReportDuplicate(Node first, Node again, string key) =>
        builder.Report(LoadRules.DuplicateKey, again.Start,
            $"key '{FindingText.Cut(key)}' is repeated: line {again.Start.Line} replaces the value from line {first.Start.Line} (Kubernetes keeps the last one)");

    private int Find(string key) => positions.TryGetValue(key, out var i) ? i : -1;

    private static int FindLinear(MappingEntry[] entries, int used, string key)
    {
        for (var i = 0; i < used; i++)
        {
            if (entries[i].Key is ScalarNode s && string.Equals(s.KeyText, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool AllMappings(IReadOnlyList<Node> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is not MappingNode)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMergeKey(Node key) =>
        key is ScalarNode { Text: "<<" } s && ((s.Style == ScalarStyle.Plain && s.Tag is null) || s.Tag == ScalarResolver.MergeTag);
}
