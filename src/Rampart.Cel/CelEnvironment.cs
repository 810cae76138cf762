using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>
/// An immutable set of declarations (variables, functions, types) and limits against which expressions are
/// compiled. Build one with <see cref="CreateBuilder"/>, then compile many expressions with it, from any thread.
/// </summary>
public sealed class CelEnvironment
{
    internal CelEnvironment(
        IReadOnlyDictionary<string, CelType> variables,
        IReadOnlyDictionary<string, CelOverload[]> functions,
        IReadOnlyDictionary<string, CelType> types,
        CelEnvironmentBuilder builder)
    {
        Variables = variables;
        Functions = functions;
        Types = types;
        Container = builder.Container;
        Limits = builder.Limits;
        TypeChecking = builder.TypeChecking;
        Macros = builder.Macros;
        KubernetesCompileChecks = builder.KubernetesCompileChecks;
    }

    /// <summary>The declared variables and their types.</summary>
    public IReadOnlyDictionary<string, CelType> Variables { get; }

    /// <summary>The declared functions by name, each with its overloads.</summary>
    public IReadOnlyDictionary<string, CelOverload[]> Functions { get; }

    /// <summary>Types that libraries made nameable, by name.</summary>
    public IReadOnlyDictionary<string, CelType> Types { get; }

    public string Container { get; }

    public CelLimits Limits { get; }

    internal bool TypeChecking { get; }

    internal bool Macros { get; }

    internal bool KubernetesCompileChecks { get; }

    public static CelEnvironmentBuilder CreateBuilder() => new();

    /// <summary>
    /// Parses, checks and plans <paramref name="source"/>. Never throws for bad input: syntax errors, unknown
    /// names, wrong arity and type mismatches come back in <see cref="CelCompileResult.Errors"/>.
    /// </summary>
    public CelCompileResult Compile(string source) => Compiler.Compile(this, source);
}
