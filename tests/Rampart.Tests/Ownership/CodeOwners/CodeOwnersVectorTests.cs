using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Ownership.CodeOwners;
using Rampart.Testing;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Ownership.CodeOwners;

/// <summary>
/// The CODEOWNERS vectors of the shared corpus (ownership/codeowners), one test per file. Each test collects
/// every disagreement and reports them all at once.
/// </summary>
public sealed partial class CodeOwnersVectorTests
{
    [Fact]
    public void GitHub_docs_vectors_give_the_documented_owners()
    {
        using var json = Read("github-docs-vectors.json");
        var failures = new List<string>();
        var semantics = json.RootElement.GetProperty("semantics");
        Assert.Equal(Strings(semantics.GetProperty("locations_in_order")), CodeOwnersFile.GitHubLocations);
        var maxBytes = semantics.GetProperty("max_size_bytes").GetInt64();
        Assert.True(maxBytes == CodeOwnersFile.MaxBytes, $"size limit {CodeOwnersFile.MaxBytes}, vectors say {maxBytes}");

        foreach (var @case in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = @case.GetProperty("name").GetString();
            var file = CodeOwnersFile.Parse(@case.GetProperty("codeowners").GetString()!, "CODEOWNERS", CodeOwnersFlavor.GitHub);
            foreach (var expect in @case.GetProperty("expect").EnumerateArray())
            {
                if (!expect.TryGetProperty("path", out var pathElement))
                {
                    // A line GitHub flags: it must be reported and must not become a rule.
                    var line = expect.GetProperty("line").GetInt32();
                    if (!file.Problems.Any(p => p.Line == line) || file.Rules.Any(r => r.Line == line))
                    {
                        failures.Add($"{name}: line {line} should be reported and skipped");
                    }

                    continue;
                }

                var path = pathElement.GetString()!;
                var result = file.OwnersFor(path);
                var owners = expect.GetProperty("owners");
                var expectMatch = owners.ValueKind != JsonValueKind.Null
                    && (!expect.TryGetProperty("matched", out var matched) || matched.GetBoolean());
                if (result.Matched != expectMatch)
                {
                    failures.Add($"{name}: {path} matched={result.Matched}, expected {expectMatch}");
                    continue;
                }

                if (expectMatch && !Strings(owners).SequenceEqual(result.Owners))
                {
                    failures.Add($"{name}: {path} owners [{string.Join(' ', result.Owners)}], expected [{string.Join(' ', Strings(owners))}]");
                }

                if (expect.TryGetProperty("line", out var expectedLine) && result.Sections.SingleOrDefault()?.Rule.Line != expectedLine.GetInt32())
                {
                    failures.Add($"{name}: {path} decided by line {result.Sections.SingleOrDefault()?.Rule.Line}, expected {expectedLine.GetInt32()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void GitLab_docs_vectors_give_the_documented_owners_per_section()
    {
        using var json = Read("gitlab-docs-vectors.json");
        var failures = new List<string>();
        Assert.Equal(Strings(json.RootElement.GetProperty("semantics").GetProperty("locations_in_order")), CodeOwnersFile.GitLabLocations);

        foreach (var @case in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = @case.GetProperty("name").GetString();
            var file = CodeOwnersFile.Parse(@case.GetProperty("codeowners").GetString()!, "CODEOWNERS", CodeOwnersFlavor.GitLab);
            if (@case.TryGetProperty("expect", out var expects))
            {
                foreach (var expect in expects.EnumerateArray())
                {
                    CheckGitLabPath(name, file, expect, failures);
                }
            }

            if (@case.TryGetProperty("sections", out var sections))
            {
                foreach (var expected in sections.EnumerateArray())
                {
                    CheckGitLabSection(name, file, expected, failures);
                }
            }

            if (@case.TryGetProperty("parsed_default_section_entries", out var entries))
            {
                var rules = file.Sections.Single(s => s.Name.Length == 0).Rules;
                var actual = rules.Select(r => $"{r.Pattern} {string.Join(' ', r.OwnerTokens.Select(o => o.Text))}");
                var wanted = entries.EnumerateArray().Select(e => $"{e.GetProperty("pattern").GetString()} {string.Join(' ', Strings(e.GetProperty("owners")))}");
                if (!actual.SequenceEqual(wanted))
                {
                    failures.Add($"{name}: unnamed section entries [{string.Join(", ", actual)}], expected [{string.Join(", ", wanted)}]");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Hmarr_parse_vectors_read_patterns_owners_errors_and_file_locations()
    {
        using var json = Read("hmarr-codeowners-parse-vectors.json");
        var failures = new List<string>();
        var root = json.RootElement;
        foreach (var rule in root.GetProperty("rules").EnumerateArray())
        {
            var name = rule.GetProperty("name").GetString();
            var file = CodeOwnersFile.Parse(rule.GetProperty("line").GetString()!, "CODEOWNERS", CodeOwnersFlavor.GitHub);
            var parsed = file.Rules.SingleOrDefault();
            var wanted = rule.GetProperty("owners").EnumerateArray()
                .Select(o => $"{o.GetProperty("type").GetString()}:{o.GetProperty("value").GetString()}");
            if (parsed is null || parsed.Pattern != rule.GetProperty("pattern").GetString()
                || !parsed.OwnerTokens.Select(Describe).SequenceEqual(wanted))
            {
                failures.Add($"{name}: got {(parsed is null ? "no rule" : $"'{parsed.Pattern}' [{string.Join(' ', parsed.OwnerTokens.Select(Describe))}]")}");
            }
        }

        foreach (var error in root.GetProperty("errors").EnumerateArray())
        {
            CheckError(error, failures);
        }

        foreach (var fileCase in root.GetProperty("files").EnumerateArray())
        {
            var file = CodeOwnersFile.Parse(fileCase.GetProperty("content").GetString()!, "CODEOWNERS", CodeOwnersFlavor.GitHub);
            var wanted = fileCase.GetProperty("rules").EnumerateArray().Select(r => $"{r.GetProperty("line").GetInt32()}:{r.GetProperty("pattern").GetString()}");
            if (!file.Rules.Select(r => $"{r.Line}:{r.Pattern}").SequenceEqual(wanted))
            {
                failures.Add($"{fileCase.GetProperty("name").GetString()}: rules {string.Join(", ", file.Rules.Select(r => $"{r.Line}:{r.Pattern}"))}");
            }
        }

        foreach (var location in root.GetProperty("file_location").GetProperty("cases").EnumerateArray())
        {
            var builder = new RepositoryBuilder();
            foreach (var present in Strings(location.GetProperty("present")))
            {
                builder.File(present, "* @someone\n");
            }

            using var repo = builder.Build();
            var expected = location.GetProperty("expected").GetString();
            var found = CodeOwnersFile.Find(repo.Root)?.SourcePath;
            if (found != expected)
            {
                failures.Add($"location [{string.Join(", ", Strings(location.GetProperty("present")))}]: found {found ?? "none"}, expected {expected ?? "none"}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Hmarr_pattern_vectors_match_as_github_matches()
    {
        using var json = Read("hmarr-codeowners-patterns.json");
        var failures = new List<string>();
        foreach (var @case in json.RootElement.EnumerateArray())
        {
            var pattern = new GitHubPattern(@case.GetProperty("pattern").GetString()!);
            foreach (var path in @case.GetProperty("paths").EnumerateObject())
            {
                if (pattern.IsMatch(path.Name) != path.Value.GetBoolean())
                {
                    failures.Add($"{@case.GetProperty("name").GetString()}: '{pattern.Text}' vs '{path.Name}' should be {path.Value.GetBoolean()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static void CheckGitLabPath(string? name, CodeOwnersFile file, JsonElement expect, List<string> failures)
    {
        var path = expect.GetProperty("path").GetString()!;
        var result = file.OwnersFor(path);
        var actual = result.Sections.ToDictionary(s => s.Section, s => string.Join(' ', s.Owners));
        var wanted = expect.GetProperty("sections").EnumerateObject().ToDictionary(p => p.Name, p => string.Join(' ', Strings(p.Value)));
        if (actual.Count != wanted.Count || wanted.Any(w => !actual.TryGetValue(w.Key, out var owners) || owners != w.Value))
        {
            failures.Add($"{name}: {path} gave {{{string.Join("; ", actual.Select(a => $"'{a.Key}': {a.Value}"))}}}, expected {{{string.Join("; ", wanted.Select(w => $"'{w.Key}': {w.Value}"))}}}");
        }

        if (expect.TryGetProperty("required_approvals", out var approvals) && result.RequiredApprovals != approvals.GetInt32())
        {
            failures.Add($"{name}: {path} requires {result.RequiredApprovals} approvals, expected {approvals.GetInt32()}");
        }
    }

    private static void CheckGitLabSection(string? name, CodeOwnersFile file, JsonElement expected, List<string> failures)
    {
        var sectionName = expected.GetProperty("name").GetString();
        var section = file.Sections.SingleOrDefault(s => s.Name == sectionName);
        if (section is null)
        {
            failures.Add($"{name}: no section '{sectionName}' (have {string.Join(", ", file.Sections.Select(s => $"'{s.Name}'"))})");
            return;
        }

        if ((expected.TryGetProperty("optional", out var optional) && optional.GetBoolean() != section.Optional)
            || (expected.TryGetProperty("approvals", out var approvals) && approvals.GetInt32() != section.Approvals)
            || (expected.TryGetProperty("entries", out var entries) && entries.GetInt32() != section.Rules.Count)
            || (expected.TryGetProperty("default_owners", out var owners) && !Strings(owners).SequenceEqual(section.DefaultOwners.Select(o => o.Text))))
        {
            failures.Add($"{name}: section '{sectionName}' is optional={section.Optional} approvals={section.Approvals} entries={section.Rules.Count} defaults=[{string.Join(' ', section.DefaultOwners)}]");
        }
    }

    private static void CheckError(JsonElement error, List<string> failures)
    {
        var name = error.GetProperty("name").GetString();
        var text = error.TryGetProperty("line", out var line) ? line.GetString()! : error.GetProperty("file").GetString()!;
        var message = error.GetProperty("error").GetString()!;
        var file = CodeOwnersFile.Parse(text, "CODEOWNERS", CodeOwnersFlavor.GitHub);
        if (file.Rules.Count != 0)
        {
            failures.Add($"{name}: a rule was kept from '{text}'");
        }

        var owner = OwnerInMessage().Match(message);
        if (!owner.Success)
        {
            // "unexpected end of rule": an empty line is simply nothing in a file.
            if (file.Problems.Count != 0 || text.Trim().Length != 0)
            {
                failures.Add($"{name}: expected no rule and no problem for an empty line");
            }

            return;
        }

        var problem = file.Problems.SingleOrDefault();
        var column = int.Parse(owner.Groups["position"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (problem is null || problem.Line != 1 || problem.Column != column || !problem.Skipped
            || !problem.Message.Contains($"'{owner.Groups["owner"].Value}'", StringComparison.Ordinal))
        {
            failures.Add($"{name}: got {problem?.ToString() ?? "no problem"}, expected line 1 column {column} naming '{owner.Groups["owner"].Value}'");
        }
    }

    private static string Describe(CodeOwner owner) => owner.Kind switch
    {
        OwnerKind.User => $"username:{owner.Text[1..]}",
        OwnerKind.Team => $"team:{owner.Text[1..]}",
        OwnerKind.Email => $"email:{owner.Text}",
        _ => $"{owner.Kind}:{owner.Text}",
    };

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static JsonDocument Read(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.CorpusFolder("ownership/codeowners"), name)));

    [GeneratedRegex("'(?<owner>[^']+)' at position (?<position>[0-9]+)")]
    private static partial System.Text.RegularExpressions.Regex OwnerInMessage();
}
