using System.Globalization;
using System.Text;
using System.Text.Json;
using Rampart.Testing.Fuzzing;

namespace Rampart.Cli.Tests;

/// <summary>
/// The process-level promise over mutated repositories: <c>rampart scan</c> ends with 0, 1 or 2, never with 3 (an
/// internal failure) or a negative code, never prints a stack trace, writes a report that parses when it scans,
/// and explains an exit 2 on standard error, each line naming the file and the line in it that is wrong. The
/// inputs come from the seed of <see cref="FuzzSettings"/>.
/// </summary>
public sealed class CliFuzzTests
{
    private const int Repositories = 6;
    private const int ManifestsPerRepository = 30;
    private const int ConfigurationRepositories = 200;

    private static readonly string[] Formats = ["json", "sarif", "table", "markdown", "junit"];

    [Fact]
    public void Scans_of_mutated_repositories_end_with_0_1_or_2_and_never_print_a_stack_trace()
    {
        var codes = new List<int>();
        for (var i = 0; i < Repositories * FuzzSettings.Soak; i++)
        {
            using var repo = FuzzRepository.Create(FuzzSettings.RepositorySeed(FuzzSettings.Seed, i) ^ 0x5A5A, ManifestsPerRepository);
            var format = Formats[i % Formats.Length];
            var sarif = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".sarif");
            try
            {
                var run = CliRun.Of("scan", repo.Root, "--format", format, "--output", "sarif=" + sarif, "--no-progress");

                Assert.True(run.ExitCode is 0 or 1 or 2, Explain(repo, run, $"exit code {run.ExitCode}"));
                Assert.False(run.Error.Contains("   at ", StringComparison.Ordinal), Explain(repo, run, "a stack trace on standard error"));
                if (run.ExitCode == 2)
                {
                    Assert.True(run.Error.StartsWith("rampart: ", StringComparison.Ordinal), Explain(repo, run, "exit 2 without a message"));
                }
                else
                {
                    Assert.True(format is not ("json" or "sarif") ? run.Out.Length > 0 : ParsesAsJson(run.Out), Explain(repo, run, $"the {format} report does not parse"));
                    Assert.True(ParsesAsJson(File.ReadAllText(sarif)), Explain(repo, run, "the SARIF file does not parse"));
                }

                codes.Add(run.ExitCode);
            }
            finally
            {
                File.Delete(sarif);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {FuzzSettings.Seed}: exit codes {string.Join(", ", codes)}");
        Assert.Contains(codes, code => code is 0 or 1);
    }

    [Fact]
    public void Mutated_configuration_ends_with_0_1_or_2_and_every_error_names_a_line_of_its_file()
    {
        var codes = new int[4];
        var failures = new List<string>();
        for (var i = 0; i < ConfigurationRepositories * FuzzSettings.Soak && failures.Count < 10; i++)
        {
            using var repo = FuzzRepository.CreateConfiguration(FuzzSettings.RepositorySeed(FuzzSettings.Seed, i) ^ 0x3C3C);
            var baseline = Path.Combine(repo.Root, FuzzRepository.BaselinePath);
            var run = CliRun.Of("scan", repo.Root, "--baseline", baseline, "--format", "json", "--no-progress");
            var problem = run.ExitCode switch
            {
                0 or 1 => ParsesAsJson(run.Out) ? null : "the JSON report does not parse",
                2 => Unlocated(repo, baseline, run.Error),
                _ => $"exit code {run.ExitCode}",
            };
            if (problem is not null)
            {
                failures.Add(Explain(repo, run, problem));
            }

            codes[Math.Clamp(run.ExitCode, 0, 3)]++;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {FuzzSettings.Seed}: exit 0 ×{codes[0]}, 1 ×{codes[1]}, 2 ×{codes[2]}, other ×{codes[3]}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(codes[2] > 0 && codes[0] + codes[1] > 0, "both refused and accepted configurations are reached");
    }

    /// <summary>Why an exit 2 is not explained with file:line, or null when every error line names a line of its file.</summary>
    private static string? Unlocated(FuzzRepository repo, string baseline, string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("rampart: ", StringComparison.Ordinal)).ToList();
        if (lines.Count == 0)
        {
            return "exit 2 without a message";
        }

        foreach (var line in lines)
        {
            var text = line["rampart: ".Length..];
            var (path, file) = text.StartsWith(baseline + ":", StringComparison.Ordinal)
                ? (baseline, repo.File(FuzzRepository.BaselinePath))
                : repo.Files.Select(f => (f.Path, (FuzzFile?)f)).FirstOrDefault(f => text.StartsWith(f.Path + ":", StringComparison.Ordinal));
            if (file is null)
            {
                return $"an error that names no file of the repository: {line}";
            }

            var number = text[(path.Length + 1)..].Split(':')[0];
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var at) || at < 1 || at > TextLines.Count(file.Bytes))
            {
                return $"an error that names no line of {file.Path}: {line}";
            }
        }

        return null;
    }

    private static bool ParsesAsJson(string output)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>How to reproduce a failure: the seed, standard error, and every mutated file but the manifests.</summary>
    private static string Explain(FuzzRepository repo, CliRun run, string what)
    {
        var text = new StringBuilder().Append(repo.Reproduce).Append(": ").Append(what).Append('\n')
            .Append("standard error:\n").Append(run.Error).Append('\n');
        foreach (var file in repo.Files.Where(f => f.Applied.Length > 0 && !f.Path.StartsWith("m/", StringComparison.Ordinal)))
        {
            text.Append(file.Describe()).Append('\n');
        }

        return text.ToString();
    }
}
