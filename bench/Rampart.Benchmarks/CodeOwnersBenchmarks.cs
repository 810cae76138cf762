using System.Text;
using BenchmarkDotNet.Attributes;
using Rampart.Ownership.CodeOwners;

namespace Rampart.Benchmarks;

/// <summary>Owners of 2,400 paths against a 300-line CODEOWNERS file, in each flavour (parse included).</summary>
[MemoryDiagnoser]
public class CodeOwnersBenchmarks
{
    private readonly List<string> paths = [];
    private string text = "";

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder("* @org/everyone\n");
        for (var i = 0; i < 300; i++)
        {
            builder.Append((i % 3) switch
            {
                0 => $"/apps/team{i % 12}/service{i}/ @org/team{i % 12}\n",
                1 => $"**/service{i}/*.yaml @owner{i}\n",
                _ => $"apps/*/service{i}/manifest1*.yaml @org/reviewers{i % 5}\n",
            });
        }

        text = builder.ToString();
        for (var folder = 0; folder < 120; folder++)
        {
            for (var file = 0; file < 20; file++)
            {
                paths.Add($"apps/team{folder % 12}/service{folder}/manifest{file}.yaml");
            }
        }
    }

    /// <summary>Parses the file and looks every path up once (results are cached per file, so a fresh parse each time).</summary>
    [Benchmark]
    public int GitHubOwnersFor()
    {
        var file = CodeOwnersFile.Parse(text, "CODEOWNERS", CodeOwnersFlavor.GitHub);
        return paths.Sum(p => file.OwnersFor(p).Owners.Count);
    }

    [Benchmark]
    public int GitLabOwnersFor()
    {
        var file = CodeOwnersFile.Parse(text, "CODEOWNERS", CodeOwnersFlavor.GitLab);
        return paths.Sum(p => file.OwnersFor(p).Owners.Count);
    }
}
