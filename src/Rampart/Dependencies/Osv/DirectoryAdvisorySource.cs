using Rampart.Dependencies.Inventory;
using System.Text.Json;

namespace Rampart.Dependencies.Osv;

/// <summary>
/// OSV records read from a folder of JSON files (any depth): one record per file as OSV publishes them, or a bundle
/// (<c>{"vulns": [...]}</c> or a JSON array of records). Records are indexed by ecosystem (without its release
/// suffix) and normalized name; <see cref="RecordsFor"/> is thread-safe. A file that holds no record is an error
/// naming it, never an exception.
/// </summary>
public sealed class DirectoryAdvisorySource : IAdvisorySource
{
    private readonly Dictionary<(string, string), List<OsvRecord>> index = [];

    private DirectoryAdvisorySource(IEnumerable<OsvRecord> records, DateTimeOffset? updatedAt)
    {
        UpdatedAt = updatedAt;
        foreach (var record in records)
        {
            foreach (var key in record.Affected.Select(a => OsvMatcher.Key(a.Ecosystem, a.Name)).Distinct())
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(record);
            }
        }
    }

    public DateTimeOffset? UpdatedAt { get; }

    /// <summary>How many records the folder held.</summary>
    public int Count => index.Values.SelectMany(l => l).Distinct().Count();

    /// <summary>A source over records already read (tests, bundles read elsewhere).</summary>
    public static DirectoryAdvisorySource Of(IEnumerable<OsvRecord> records) => new(records, null);

    /// <summary>Reads every <c>*.json</c> file under <paramref name="folder"/>; the errors name the files that hold no OSV record.</summary>
    public static (DirectoryAdvisorySource Source, IReadOnlyList<string> Errors) Open(string folder)
    {
        var records = new List<OsvRecord>();
        var errors = new List<string>();
        DateTimeOffset? newest = null;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var written = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
            newest = newest is null || written > newest ? written : newest;
            foreach (var (record, error) in ReadFile(File.ReadAllBytes(file)))
            {
                if (record is not null)
                {
                    records.Add(record);
                }
                else
                {
                    errors.Add($"{file}: {error}");
                }
            }
        }

        return (new DirectoryAdvisorySource(records, newest), errors);
    }

    /// <summary>The records of one file: a single record, a <c>{"vulns": [...]}</c> bundle or an array of records.</summary>
    public static IEnumerable<(OsvRecord? Record, string? Error)> ReadFile(byte[] bytes)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return [(null, $"invalid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}")];
        }

        var items = root.ValueKind switch
        {
            JsonValueKind.Array => [.. root.EnumerateArray()],
            JsonValueKind.Object when root.TryGetProperty("vulns", out var vulns) && vulns.ValueKind == JsonValueKind.Array => [.. vulns.EnumerateArray()],
            _ => new List<JsonElement> { root },
        };
        return items.Select(item => OsvReader.Read(JsonSerializer.SerializeToUtf8Bytes(item))).ToList();
    }

    public IReadOnlyList<VulnerabilityMatch> Match(IReadOnlyList<InventoryPackage> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var records = RecordsFor([.. packages.Select(p => (p.Ecosystem, p.NormalizedName)).Distinct()]);
        if (records.Count == 0)
        {
            return [];
        }

        var matcher = new OsvMatcher(records);
        return [.. packages.SelectMany(matcher.Match)];
    }

    /// <summary>The records that affect any of the given packages (ecosystem as OSV names it, name as the inventory normalizes it).</summary>
    public IReadOnlyList<OsvRecord> RecordsFor(IReadOnlyCollection<(string Ecosystem, string Name)> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var found = new HashSet<OsvRecord>(ReferenceEqualityComparer.Instance);
        var result = new List<OsvRecord>();
        foreach (var (ecosystem, name) in packages)
        {
            if (index.TryGetValue(OsvMatcher.Key(ecosystem, name), out var list))
            {
                result.AddRange(list.Where(found.Add));
            }
        }

        return result;
    }
}
