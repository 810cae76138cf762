namespace Rampart.Templates.Execution;

/// <summary>
/// Where one line of output came from: the template position whose text or action wrote its first characters,
/// and, when an action printed a value read from a positioned map, where that value was set.
/// </summary>
public sealed record OutputLine(int Line, SourcePosition Template, SourcePosition? Value);
