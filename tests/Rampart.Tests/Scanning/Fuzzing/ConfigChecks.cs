using System.Globalization;
using Rampart.Configuration;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>
/// A configuration the loader refuses, or a baseline, is refused with errors that name the file and the line in it.
/// </summary>
internal static class ConfigChecks
{
    public static IEnumerable<FuzzViolation> Located(FuzzRepository repo, IReadOnlyList<ConfigError> errors)
    {
        foreach (var error in errors)
        {
            var file = repo.File(error.Path);
            if (file is null)
            {
                yield return new FuzzViolation(null, $"configuration error names '{error.Path}', not a file of the repository: {error}");
                continue;
            }

            if (error.Line < 1 || error.Column < 1 || error.Line > TextLines.Count(file.Bytes))
            {
                yield return new FuzzViolation(error.Path, $"configuration error not located in the file: {error}");
            }

            if (string.IsNullOrWhiteSpace(error.Message) || error.Message.Contains(repo.Root, StringComparison.Ordinal))
            {
                yield return new FuzzViolation(error.Path, $"configuration error message empty or naming the scan root: {error}");
            }
        }
    }

    public static IEnumerable<FuzzViolation> BaselineNamed(FuzzRepository repo, string? error)
    {
        if (error is null)
        {
            yield break;
        }

        var prefix = Path.Combine(repo.Root, FuzzRepository.BaselinePath) + ":";
        if (!error.StartsWith(prefix, StringComparison.Ordinal))
        {
            yield return new FuzzViolation(FuzzRepository.BaselinePath, $"baseline error does not name the file: {error}");
        }
        else if (!int.TryParse(error[prefix.Length..].Split(':')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            || line < 1 || line > TextLines.Count(repo.File(FuzzRepository.BaselinePath)!.Bytes))
        {
            yield return new FuzzViolation(FuzzRepository.BaselinePath, $"baseline error does not name a line of the file: {error}");
        }
    }
}
