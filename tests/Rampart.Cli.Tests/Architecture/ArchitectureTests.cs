namespace Rampart.Cli.Tests.Architecture;

/// <summary>
/// The architecture's rules, checked on the compiled assemblies (docs/architecture.md): each assertion lists the
/// offending dependencies, so a broken rule fails here, not in a review.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>The engine's folders: a stage or a domain each (Rampart.Discovery, Rampart.Loading, …).</summary>
    private static readonly string[] EngineFolders =
        ["Analysis", "Artifacts", "Changes", "Configuration", "Discovery", "Findings", "Gate", "Kubernetes", "Loading", "Ownership", "Policies", "Reporting", "Scanning", "Schemas"];

    [Fact]
    public void The_cel_engine_uses_nothing_of_rampart_but_the_regex_engine() =>
        Assert.Empty(DependencyGraph.UsesOtherThan("Rampart.Cel", "Rampart.Regex"));

    [Fact]
    public void The_regex_engine_uses_nothing_of_rampart() =>
        Assert.Empty(DependencyGraph.UsesOtherThan("Rampart.Regex"));

    [Fact]
    public void The_finding_model_knows_no_other_part_of_the_engine() =>
        Assert.Empty(DependencyGraph.UsesOtherThan("Rampart.Findings"));

    [Fact]
    public void The_engine_knows_no_command_line_or_console_library()
    {
        foreach (var folder in EngineFolders)
        {
            Assert.Empty(DependencyGraph.Uses("Rampart." + folder, "Spectre.Console", "System.CommandLine", "Rampart.Cli"));
        }
    }

    [Fact]
    public void Analyzer_contracts_know_no_analyzer_and_no_pipeline() =>
        Assert.Empty(DependencyGraph.Uses("Rampart.Analysis", "Rampart.Scanning", "Rampart.Schemas", "Rampart.Policies", "Rampart.Reporting", "Rampart.Gate", "Rampart.Ownership"));

    [Fact]
    public void Analyzers_know_nothing_of_the_pipeline_that_runs_them()
    {
        Assert.Empty(DependencyGraph.Uses("Rampart.Schemas", "Rampart.Scanning", "Rampart.Reporting", "Rampart.Ownership", "Rampart.Policies"));
        Assert.Empty(DependencyGraph.Uses("Rampart.Policies", "Rampart.Scanning", "Rampart.Reporting", "Rampart.Ownership", "Rampart.Schemas"));
    }

    [Fact]
    public void The_engine_folders_depend_on_each_other_without_cycles()
    {
        var graph = EngineFolders.ToDictionary(f => f, _ => new SortedSet<string>(StringComparer.Ordinal));
        foreach (var (from, _, to, _) in DependencyGraph.Edges)
        {
            if (FolderOf(from) is { } a && FolderOf(to) is { } b && a != b)
            {
                graph[a].Add(b);
            }
        }

        Assert.Null(FindCycle(graph));
        Assert.Contains("Findings", graph["Scanning"]);
    }

    private static string? FolderOf(string ns) =>
        EngineFolders.FirstOrDefault(f => DependencyGraph.InNamespace(ns, "Rampart." + f));

    /// <summary>A cycle of folders written as "A -> B -> A", or null when the graph has none.</summary>
    private static string? FindCycle(Dictionary<string, SortedSet<string>> graph)
    {
        var state = graph.Keys.ToDictionary(k => k, _ => 0);
        var path = new List<string>();
        string? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph[node])
            {
                if (state[next] == 1)
                {
                    return string.Join(" -> ", path.Skip(path.IndexOf(next)).Append(next));
                }

                if (state[next] == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return graph.Keys.Where(k => state[k] == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }
}
