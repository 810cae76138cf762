namespace Rampart.Templates.Execution;

/// <summary>
/// Unwinds an execution at its first error, as Go's executor panics with an ExecError; caught at the execution entry and
/// returned as a value. <see cref="Position"/> is the template position of the failing node, when known.
/// </summary>
internal sealed class TemplateExecException(string message, SourcePosition? position = null) : Exception(message)
{
    public SourcePosition? Position { get; } = position;
}
