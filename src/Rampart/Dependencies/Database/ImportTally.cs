namespace Rampart.Dependencies.Database;

/// <summary>What reading one source gave, counted while it is read: records, entries skipped as not JSON, invalid records by file, and the error that stopped it.</summary>
internal sealed class ImportTally
{
    /// <summary>The invalid records named one by one; past this many only their number grows.</summary>
    public const int MaxNamed = 100;

    public int Records { get; set; }

    public int Skipped { get; set; }

    public int InvalidCount { get; private set; }

    public List<string> Invalid { get; } = [];

    public string? Error { get; set; }

    public void AddInvalid(string file, string reason)
    {
        InvalidCount++;
        if (Invalid.Count < MaxNamed)
        {
            Invalid.Add($"{file}: {reason}");
        }
    }
}
