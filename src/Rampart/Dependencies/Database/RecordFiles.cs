using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>One file (or archive entry) of one OSV record: read, counted, and added when it is a record.</summary>
internal static class RecordFiles
{
    public static void Add(string file, ReadOnlySpan<byte> json, Action<OsvRecord> add, ImportTally tally)
    {
        var (record, error) = OsvReader.Read(json);
        if (record is null)
        {
            tally.AddInvalid(file, error ?? "not an OSV record");
            return;
        }

        tally.Records++;
        add(record);
    }
}
