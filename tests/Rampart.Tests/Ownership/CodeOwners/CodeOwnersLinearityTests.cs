using System.Globalization;
using System.Text;
using Rampart.Ownership.CodeOwners;

namespace Rampart.Tests.Ownership.CodeOwners;

/// <summary>
/// A CODEOWNERS file comes with the pull request, so reading it and asking who owns a path must take work in
/// proportion to the file, never to its square. Shown by counting (comparisons, matching steps, allocated
/// bytes) at two sizes ten times apart, never by timing.
/// </summary>
public sealed class CodeOwnersLinearityTests
{
    [Fact]
    public void GitLab_section_headers_are_looked_up_with_comparisons_in_proportion_to_their_number()
    {
        // 100,000 headers took minutes: each header compared its name with every section before it.
        var small = SectionNameComparisons(1_000);
        var large = SectionNameComparisons(10_000);

        Assert.InRange(large, small, small * 11);
    }

    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub)]
    [InlineData(CodeOwnersFlavor.GitLab)]
    public void Parsing_allocates_in_proportion_to_the_file(CodeOwnersFlavor flavor)
    {
        var small = ParseAllocation(FileOf(2_000, flavor), flavor);
        var large = ParseAllocation(FileOf(20_000, flavor), flavor);

        Assert.InRange(large, small, small * 11);
    }

    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub)]
    [InlineData(CodeOwnersFlavor.GitLab)]
    public void A_path_tries_only_the_entries_that_name_its_folders(CodeOwnersFlavor flavor)
    {
        // Every entry names its own folder under apps/: a path can only match the one that names its folder.
        static string File(int n, CodeOwnersFlavor flavor) => string.Concat(Enumerable.Range(0, n).Select(i =>
            (flavor == CodeOwnersFlavor.GitLab ? $"[Team {i}]\n" : "") + $"/apps/service{i}/ @team{i % 7}\n"));

        var small = CodeOwnersFile.Parse(File(1_000, flavor), "CODEOWNERS", flavor);
        var large = CodeOwnersFile.Parse(File(10_000, flavor), "CODEOWNERS", flavor);

        var smallSteps = Steps(small, "apps/service500/deploy/web.yaml");
        var largeSteps = Steps(large, "apps/service500/deploy/web.yaml");

        Assert.Equal(["@team3"], large.OwnersFor("apps/service500/deploy/web.yaml").Owners);
        Assert.Equal(smallSteps, largeSteps);
    }

    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub)]
    [InlineData(CodeOwnersFlavor.GitLab)]
    public void A_path_against_entries_without_literal_folders_costs_steps_in_proportion_to_the_file(CodeOwnersFlavor flavor)
    {
        // Nothing to index: every entry is tried, each at a cost bounded by its length times the path's.
        static string File(int n, CodeOwnersFlavor flavor) => string.Concat(Enumerable.Range(0, n).Select(i =>
            (flavor == CodeOwnersFlavor.GitLab && i % 2 == 0 ? $"[Team {i}]\n" : "") + $"**/*a*a*a*b{i} @team{i % 7}\n"));
        const string path = "aaaa/aaaaaaaaaaaaaaaa/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.yaml";

        var small = Steps(CodeOwnersFile.Parse(File(500, flavor), "CODEOWNERS", flavor), path);
        var large = Steps(CodeOwnersFile.Parse(File(5_000, flavor), "CODEOWNERS", flavor), path);

        Assert.InRange(large, small, small * 11);
    }

    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub, 1)]
    [InlineData(CodeOwnersFlavor.GitHub, 2)]
    [InlineData(CodeOwnersFlavor.GitLab, 3)]
    [InlineData(CodeOwnersFlavor.GitLab, 4)]
    public void The_index_decides_every_path_as_trying_every_entry_does(CodeOwnersFlavor flavor, int seed)
    {
        var random = new Random(seed);
        string[] names = ["apps", "web", "api", "docs", "a", "b", "deploy", "x.yaml", "README.md", "*", "**", "*.yaml", "a*", "[ab]", "?"];
        var text = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            if (flavor == CodeOwnersFlavor.GitLab && random.Next(8) == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"[Section {random.Next(5)}]\n");
            }

            var pattern = string.Join('/', Enumerable.Range(0, random.Next(1, 4)).Select(_ => names[random.Next(names.Length)]));
            var lead = random.Next(3) == 0 ? "/" : "";
            var trail = random.Next(3) == 0 ? "/" : "";
            var exclusion = flavor == CodeOwnersFlavor.GitLab && random.Next(10) == 0 ? "!" : "";
            text.Append(CultureInfo.InvariantCulture, $"{exclusion}{lead}{pattern}{trail} @owner{i}\n");
        }

        var file = CodeOwnersFile.Parse(text.ToString(), "CODEOWNERS", flavor);
        string[] parts = ["apps", "web", "api", "docs", "a", "b", "deploy", "x.yaml", "README.md", "ab"];
        for (var p = 0; p < 300; p++)
        {
            var path = string.Join('/', Enumerable.Range(0, random.Next(1, 5)).Select(_ => parts[random.Next(parts.Length)]));
            var expected = file.Sections
                .Select(section => (section.Name, Decision: CodeOwnersFile.Decide(section, path.Split('/'))))
                .Where(s => s.Decision is { Winner: not null, Excluded: false })
                .Select(s => $"{s.Name}:{s.Decision.Winner!.Line}");

            var actual = file.OwnersFor(path).Sections.Select(s => $"{s.Section}:{s.Rule.Line}");

            Assert.Equal(expected, actual);
        }
    }

    /// <summary>n entries, each GitLab one under a header that names one of n / 2 sections (each name comes twice).</summary>
    private static string FileOf(int n, CodeOwnersFlavor flavor) => string.Concat(Enumerable.Range(0, n).Select(i =>
        (flavor == CodeOwnersFlavor.GitLab ? $"[Team {i % (n / 2)}]\n" : "") + $"/apps/service{i}/ @team{i % 7} @org/reviewers\n*.y{i}ml @org/yaml{i % 3}\n"));

    private static long SectionNameComparisons(int headers)
    {
        var names = new CountingComparer();
        var (sections, _, _) = GitLabParser.Parse(FileOf(headers, CodeOwnersFlavor.GitLab), names);
        Assert.Equal(headers / 2, sections.Count);
        return names.Calls;
    }

    private static long ParseAllocation(string text, CodeOwnersFlavor flavor)
    {
        CodeOwnersFile.Parse(text[..200], "CODEOWNERS", flavor);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var file = CodeOwnersFile.Parse(text, "CODEOWNERS", flavor);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEmpty(file.Rules);
        return allocated;
    }

    private static long Steps(CodeOwnersFile file, string path)
    {
        var steps = new StepCounter();
        file.OwnersFor(path, steps);
        return steps.Steps;
    }

    private sealed class CountingComparer : IEqualityComparer<string>
    {
        public long Calls { get; private set; }

        public bool Equals(string? x, string? y)
        {
            Calls++;
            return StringComparer.OrdinalIgnoreCase.Equals(x, y);
        }

        public int GetHashCode(string obj)
        {
            Calls++;
            return StringComparer.OrdinalIgnoreCase.GetHashCode(obj);
        }
    }
}
