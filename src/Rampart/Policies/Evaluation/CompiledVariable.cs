using Rampart.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>A policy variable ready to run. Injected pod-spec variables are computed once per object and shared.</summary>
internal sealed record CompiledVariable(string Name, CelProgram Program, bool IsInjected);
