using System.Diagnostics.CodeAnalysis;

namespace Rampart.Cel;

/// <summary>The outcome of <see cref="CelEnvironment.Compile"/>: a program, or the errors that prevented one.</summary>
public sealed class CelCompileResult
{
    internal CelCompileResult(CelProgram? program, IReadOnlyList<CelIssue> errors)
    {
        Program = program;
        Errors = errors;
    }

    public CelProgram? Program { get; }

    public IReadOnlyList<CelIssue> Errors { get; }

    [MemberNotNullWhen(true, nameof(Program))]
    public bool Success => Program is not null;

    public override string ToString() => Success ? "compiled" : string.Join("\n", Errors);
}
