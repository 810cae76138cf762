using Rampart.Templates.Execution;

namespace Rampart.Templates;

/// <summary>
/// The result of one execution: the output written (with its origins), and Go's error message with the template
/// position of the failing node when execution stopped on an error (the output then holds what was written before).
/// </summary>
public sealed record ExecutionResult(Output Output, string? Error, SourcePosition? ErrorPosition)
{
    public string Text => Output.ToString();
}
