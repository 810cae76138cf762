using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Consecutive documents of a file, cut at document markers: <see cref="Offsets"/> and <see cref="Lines"/> say
/// where each document starts in <see cref="Text"/> and in the file, so that parsing can resume at the next
/// document after a broken one. A chunk with a <see cref="Problem"/> holds one document whose bytes or
/// characters make it unreadable; it is reported, not parsed.
/// </summary>
internal sealed record DocumentChunk(string Text, int FirstLine, Finding? Problem, int[] Offsets, int[] Lines);
