using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>
/// Assembles an environment: declared variables, libraries of functions, and limits. Libraries are switched
/// on explicitly with <c>UseXxx()</c> calls; nothing is discovered by scanning.
/// <code>
/// var env = CelEnvironment.CreateBuilder()
///     .UseStandardLibrary()
///     .AddVariable("object", CelType.Dyn)
///     .Build();
/// </code>
/// </summary>
public sealed class CelEnvironmentBuilder
{
    private readonly Dictionary<string, CelType> variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CelType> types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CelOverload>> functions = new(StringComparer.Ordinal);
    private readonly HashSet<string> libraries = new(StringComparer.Ordinal);

    internal CelEnvironmentBuilder()
    {
    }

    internal string Container { get; private set; } = string.Empty;

    internal CelLimits Limits { get; private set; } = CelLimits.Default;

    internal bool TypeChecking { get; private set; } = true;

    internal bool Macros { get; private set; } = true;

    internal bool KubernetesCompileChecks { get; private set; }

    /// <summary>Declares a variable; use <see cref="CelType.Dyn"/> when its type is not known in advance.</summary>
    public CelEnvironmentBuilder AddVariable(string name, CelType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        variables[name] = type;
        return this;
    }

    /// <summary>Adds overloads to the function <paramref name="name"/> (which may already have others).</summary>
    public CelEnvironmentBuilder AddFunction(string name, Action<CelFunctionBuilder> overloads)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var builder = new CelFunctionBuilder(name);
        overloads(builder);
        if (!functions.TryGetValue(name, out var list))
        {
            list = [];
            functions[name] = list;
        }

        list.AddRange(builder.Overloads);
        return this;
    }

    /// <summary>Makes a type nameable in expressions (<c>type(x) == net.IP</c>).</summary>
    public CelEnvironmentBuilder AddType(CelType type)
    {
        types[type.Name] = type;
        return this;
    }

    /// <summary>Configures <paramref name="library"/> unless a library of the same name already was.</summary>
    public CelEnvironmentBuilder AddLibrary(ICelLibrary library)
    {
        if (libraries.Add(library.Name))
        {
            library.Configure(this);
        }

        return this;
    }

    /// <summary>Whether a library of this name has been added.</summary>
    public bool HasLibrary(string name) => libraries.Contains(name);

    /// <summary>The namespace unqualified names are resolved in, as in CEL's <c>container</c> (e.g. <c>a.b</c>).</summary>
    public CelEnvironmentBuilder WithContainer(string container)
    {
        Container = container;
        return this;
    }

    public CelEnvironmentBuilder WithLimits(CelLimits limits)
    {
        Limits = limits;
        return this;
    }

    /// <summary>Skips the type checker: calls are resolved by the runtime types of their arguments.</summary>
    public CelEnvironmentBuilder WithoutTypeChecking()
    {
        TypeChecking = false;
        return this;
    }

    /// <summary>Parses <c>all</c>, <c>has</c>, <c>map</c>... as plain calls instead of expanding them.</summary>
    public CelEnvironmentBuilder WithoutMacros()
    {
        Macros = false;
        return this;
    }

    /// <summary>
    /// Rejects at compile time what the Kubernetes API server rejects when it compiles an expression: list and map
    /// literals of mixed types (<c>[1, dyn('a')]</c>), and calls of conversions and of the Kubernetes constructors
    /// (<c>int</c>, <c>duration</c>, <c>timestamp</c>, <c>quantity</c>, <c>ip</c>, <c>cidr</c>, <c>url</c>,
    /// <c>semver</c>...) on literals that fail, even in a branch that is never taken. Such calls on literals that
    /// succeed are evaluated once, at compile time.
    /// </summary>
    public CelEnvironmentBuilder WithKubernetesCompileChecks()
    {
        KubernetesCompileChecks = true;
        return this;
    }

    /// <summary>
    /// Builds the immutable environment. Throws when two overloads share an id, which is a mistake in a
    /// library, not in user input.
    /// </summary>
    public CelEnvironment Build()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var table = new Dictionary<string, CelOverload[]>(StringComparer.Ordinal);
        foreach (var (name, overloads) in functions)
        {
            foreach (var overload in overloads)
            {
                if (!ids.Add(overload.Id))
                {
                    throw new InvalidOperationException($"overload id '{overload.Id}' is declared twice");
                }
            }

            table[name] = [.. overloads];
        }

        return new CelEnvironment(
            new Dictionary<string, CelType>(variables, StringComparer.Ordinal),
            table,
            new Dictionary<string, CelType>(types, StringComparer.Ordinal),
            this);
    }
}
