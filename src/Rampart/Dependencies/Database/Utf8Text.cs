namespace Rampart.Dependencies.Database;

/// <summary>A string and its UTF-8 bytes, to compare with what the database holds without decoding it.</summary>
internal sealed record Utf8Text(byte[] Utf8, string Text);
