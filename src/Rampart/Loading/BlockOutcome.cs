namespace Rampart.Loading;

/// <summary>What <see cref="BlockReader"/> made of a document's text.</summary>
internal enum BlockOutcome
{
    /// <summary>The document is not for the block reader: the full parser must read it.</summary>
    Declined,

    /// <summary>The document was read.</summary>
    Read,

    /// <summary>The text holds no document (only comments or blank lines).</summary>
    Nothing,
}
