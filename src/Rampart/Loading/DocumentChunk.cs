using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// The text of one document of a file (normally exactly one), cut at document markers, with the line it starts
/// on. <see cref="Problem"/> is set when the text held bytes or characters that make it unreadable.
/// </summary>
internal sealed record DocumentChunk(string Text, int FirstLine, Finding? Problem);
