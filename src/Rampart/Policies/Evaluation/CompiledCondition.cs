using Rampart.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>A match condition ready to run. The injected pod-spec condition is evaluated once per object and shared.</summary>
internal sealed record CompiledCondition(string Name, CelProgram Program, bool IsInjected);
