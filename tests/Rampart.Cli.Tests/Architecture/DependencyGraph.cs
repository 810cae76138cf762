using ArchUnitNET.Loader;

namespace Rampart.Cli.Tests.Architecture;

/// <summary>
/// Which namespace uses which, read from the compiled assemblies of Rampart (every type's dependencies: base types,
/// fields, signatures, calls, attributes). Namespaces outside Rampart are kept as they are (Spectre.Console,
/// System.CommandLine, …), so rules can name libraries too.
/// </summary>
internal static class DependencyGraph
{
    private static readonly Lazy<IReadOnlyList<(string From, string FromType, string To, string ToType)>> AllEdges = new(Load);

    /// <summary>Every dependency between two different namespaces of the loaded assemblies.</summary>
    public static IReadOnlyList<(string From, string FromType, string To, string ToType)> Edges => AllEdges.Value;

    /// <summary>The dependencies of types in <paramref name="from"/> (or below it) on namespaces starting with one of <paramref name="to"/>.</summary>
    public static List<string> Uses(string from, params string[] to) =>
        [.. Edges
            .Where(e => InNamespace(e.From, from) && to.Any(t => InNamespace(e.To, t)))
            .Select(e => $"{e.FromType} uses {e.ToType}")
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>The dependencies of types in <paramref name="from"/> (or below it) on Rampart namespaces that are not below one of <paramref name="allowed"/>.</summary>
    public static List<string> UsesOtherThan(string from, params string[] allowed) =>
        [.. Edges
            .Where(e => InNamespace(e.From, from) && e.To.StartsWith("Rampart", StringComparison.Ordinal) && !InNamespace(e.To, from) && !allowed.Any(a => InNamespace(e.To, a)))
            .Select(e => $"{e.FromType} uses {e.ToType}")
            .Distinct()
            .Order(StringComparer.Ordinal)];

    public static bool InNamespace(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static List<(string, string, string, string)> Load()
    {
        var architecture = new ArchLoader()
            .LoadAssemblies(typeof(Scanning.Scanner).Assembly, typeof(Cel.CelEnvironment).Assembly, typeof(Regex.Re2Regex).Assembly, typeof(ExitCodes).Assembly)
            .Build();
        var edges = new List<(string, string, string, string)>();
        foreach (var type in architecture.Types)
        {
            var from = type.Namespace.FullName;
            if (!from.StartsWith("Rampart", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (dependency.Target?.Namespace?.FullName is { } to && to != from)
                {
                    edges.Add((from, type.FullName, to, dependency.Target.FullName));
                }
            }
        }

        return edges;
    }
}
