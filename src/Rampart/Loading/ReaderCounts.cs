namespace Rampart.Loading;

/// <summary>How many documents (parts of chunks) each reader of <see cref="ChunkParser"/> took.</summary>
internal sealed class ReaderCounts
{
    /// <summary>Parts read by <see cref="BlockReader"/> (including parts that held no document).</summary>
    public int Block { get; private set; }

    /// <summary>Parts left to the full parser.</summary>
    public int Full { get; private set; }

    public void Count(bool fast, int parts)
    {
        if (fast)
        {
            Block += parts;
        }
        else
        {
            Full += parts;
        }
    }
}
