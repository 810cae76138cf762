using Rampart.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// A policy variable ready to run. A variable with a <see cref="SharedKey"/> has the same value for every policy that
/// has it (the injected pod-spec variables, and expressions of the object alone such as
/// <c>has(variables.podSpec.hostUsers) &amp;&amp; variables.podSpec.hostUsers == false</c>), so it is computed once
/// per object.
/// </summary>
internal sealed record CompiledVariable(string Name, CelProgram Program, string? SharedKey);
