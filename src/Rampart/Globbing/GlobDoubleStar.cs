namespace Rampart.Globbing;

/// <summary>What a run of two or more stars means.</summary>
public enum GlobDoubleStar
{
    /// <summary>Nothing special: a run of stars is one <c>*</c> (CODEOWNERS segments, whose <c>**</c> the caller reads).</summary>
    Star,

    /// <summary>
    /// As git's wildmatch: <c>**</c> crosses folders only as a whole segment (<c>**/x</c>, <c>x/**</c>,
    /// <c>x/**/y</c>, also before an escaped slash); elsewhere (<c>a**b</c>) it is one <c>*</c>.
    /// </summary>
    WholeSegment,

    /// <summary>As Rampart's configuration globs: <c>**</c> crosses folders wherever it stands, and <c>**/</c> may match nothing.</summary>
    Anywhere,
}
