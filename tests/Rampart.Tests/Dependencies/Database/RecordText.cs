using Rampart.Dependencies.Osv;

namespace Rampart.Tests.Dependencies.Database;

/// <summary>Every field of an OSV record as one line, so that two records compare by content.</summary>
internal static class RecordText
{
    public static string Of(OsvRecord record) =>
        string.Join(" | ",
            record.Id,
            string.Join(",", record.Aliases),
            record.Withdrawn?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
            record.Summary ?? "-",
            string.Join(",", record.SeverityVectors),
            record.DatabaseSeverity ?? "-",
            string.Join(" ; ", record.Affected.Select(a =>
                $"{a.Ecosystem}/{a.Name} [{string.Join(" ", a.Ranges.Select(r => r.Type + ":" + string.Join(",", r.Events.Select(e => e.Kind + "=" + e.Version))))}] ({string.Join(",", a.Versions)})")));

    /// <summary>The records of the corpus folder as OsvReader reads them from the files, by id.</summary>
    public static SortedDictionary<string, string> OfFiles(string folder, Func<OsvRecord, bool>? where = null)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            if (OsvReader.Read(File.ReadAllBytes(file)).Record is { } record && (where is null || where(record)))
            {
                texts[record.Id] = Of(record);
            }
        }

        return texts;
    }
}
