using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

/// <summary>A token: its kind, where it starts and ends (character offsets), and its text or literal value.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string? Text = null, CelValue? Value = null);
