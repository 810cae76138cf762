using Rampart.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>A validation ready to run: its program, its message program, and the levels that locate its failures.</summary>
internal sealed record CompiledValidation(PolicyValidation Validation, CelProgram Program, CelProgram? MessageProgram, IReadOnlyList<CompiledLevel> Levels);
