using System.Text;
using Rampart.Configuration;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>
/// Explains the violations of one fuzzed repository so that they can be reproduced: the seed, each violation, and the
/// content of the files they concern. When asked (for the first repository that fails: it costs a scan per file), a
/// violation that names no file is narrowed down by scanning each file alone beside the repository's configuration
/// files, and the first that shows it again is shown.
/// </summary>
internal static class FuzzFailure
{
    private static readonly string[] ConfigurationFiles =
        [ConfigLoader.FileName, ConfigLoader.WaiversFileName, FuzzRepository.BaselinePath, ".github/CODEOWNERS", ".gitlab/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

    public static async Task<string> ExplainAsync(FuzzRepository repo, IReadOnlyList<FuzzViolation> violations, bool narrow, CancellationToken cancellation)
    {
        var text = new StringBuilder().Append(repo.Reproduce).Append(":\n");
        foreach (var violation in violations.Take(20))
        {
            text.Append("- ").Append(violation.Path ?? "(repository)").Append(": ").Append(violation.What).Append('\n');
        }

        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in violations.Select(v => v.Path).OfType<string>())
        {
            if (repo.File(path) is { } file && shown.Add(path))
            {
                text.Append(file.Describe()).Append('\n');
            }
        }

        if (narrow && violations.Any(v => v.Path is null) && await CulpritAsync(repo, cancellation) is { } culprit)
        {
            text.Append("alone beside the configuration files, this file breaks a promise too:\n").Append(culprit.Describe()).Append('\n');
        }

        return text.ToString();
    }

    private static async Task<FuzzFile?> CulpritAsync(FuzzRepository repo, CancellationToken cancellation)
    {
        var configuration = repo.Files.Where(f => ConfigurationFiles.Contains(f.Path)).ToList();
        foreach (var candidate in repo.Files.Except(configuration))
        {
            using var alone = FuzzRepository.Write(repo.Seed, [.. configuration, candidate]);
            if ((await FuzzScan.CheckAsync(alone, new FuzzTotals(), cancellation)).Count > 0)
            {
                return candidate;
            }
        }

        return null;
    }
}
