using System.Globalization;
using System.Text;
using Rampart.Discovery;
using Rampart.Globbing;

namespace Rampart.Tests.Discovery;

/// <summary>
/// A pull request writes the .gitignore files and names the folders, so deciding what is ignored must cost
/// the patterns times the names read, never the square of a path. Shown by counting the automaton's work
/// (64-bit words processed) at two sizes ten times apart, never by timing; and the folder-by-folder answers
/// are checked against reading each path whole.
/// </summary>
public sealed class IgnoreLinearityTests
{
    /// <summary>Lines such as <c>**/a*a*…*a*b7</c>: every star stays alive on a path of a's, and none matches.</summary>
    private static string Hostile(int lines) => string.Concat(Enumerable.Range(0, lines).Select(i =>
        "**/" + string.Concat(Enumerable.Repeat("a*", 40)) + "b" + i.ToString(CultureInfo.InvariantCulture) + "\n"));

    [Fact]
    public void A_folder_ten_times_deeper_costs_ten_times_the_steps_not_a_hundred()
    {
        // Each level used to read its whole path again: the work grew with the square of the depth.
        var small = CheckSteps(Hostile(50), depth: 4);
        var large = CheckSteps(Hostile(50), depth: 40);

        Assert.InRange(large, small, small * 11);
    }

    [Fact]
    public void Ten_times_the_lines_cost_ten_times_the_steps()
    {
        var small = CheckSteps(Hostile(80), depth: 8);
        var large = CheckSteps(Hostile(800), depth: 8);

        Assert.InRange(large, small, small * 11);
    }

    [Fact]
    public void A_long_name_costs_steps_in_proportion_to_its_length()
    {
        var glob = GlobMatcher.Compile(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a*", 200)) + "b").AsSpan(), GlobSyntax.Git);

        var small = Steps(glob, new string('a', 1_000));
        var large = Steps(glob, new string('a', 10_000));

        Assert.InRange(large, small * 9, small * 11);
        // A word per 64 pattern positions for each byte: 401 positions fit in 7 words.
        Assert.Equal(10_001 * 7, large);
    }

    [Fact]
    public void A_bracket_full_of_class_openings_is_read_in_one_pass()
    {
        // Each "[:" that is not a class looked for the closing ']' again: quadratic in the line.
        static long CompileSteps(int openings)
        {
            var steps = new StepCounter();
            var glob = new GlobBuilder().Pattern(Encoding.UTF8.GetBytes("[" + string.Concat(Enumerable.Repeat("[:", openings)) + "a]").AsSpan(), GlobSyntax.Git, steps).Build();
            Assert.True(glob.IsMatch("["u8));
            Assert.True(glob.IsMatch("a"u8));
            Assert.False(glob.IsMatch("b"u8));
            return steps.Steps;
        }

        var small = CompileSteps(1_000);
        var large = CompileSteps(10_000);

        Assert.InRange(large, small, small * 11);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Folder_by_folder_decisions_equal_reading_each_path_whole(int seed)
    {
        var random = new Random(seed);
        string[] parts = ["a", "b", "ab", "logs", "x.yaml", "deep", "é", "a b"];
        string[] segments = ["a", "b", "*", "**", "?", "a*", "*b", "[ab]", "logs", "deep", "x.yaml", "**a", "[!a]*"];
        IgnoreFile File(string folder) => IgnoreFile.Parse(string.Join('\n', Enumerable.Range(0, random.Next(1, 8)).Select(_ =>
            (random.Next(4) == 0 ? "!" : "") + (random.Next(3) == 0 ? "/" : "")
            + string.Join('/', Enumerable.Range(0, random.Next(1, 4)).Select(_ => segments[random.Next(segments.Length)]))
            + (random.Next(4) == 0 ? "/" : ""))), folder + ".gitignore", folder);

        for (var trial = 0; trial < 40; trial++)
        {
            var depth = random.Next(1, 7);
            var folders = Enumerable.Range(0, depth).Select(_ => parts[random.Next(parts.Length)]).ToArray();
            var placed = IgnoreRules.Empty.WithFolder("", File(""), null);
            var whole = IgnoreRules.Empty.WithFolder(placed.Files.Single(), null);
            var path = "";
            foreach (var name in folders)
            {
                path += name + "/";
                var file = random.Next(2) == 0 ? File(path) : null;
                placed = placed.WithFolder(path, file, null);
                whole = whole.WithFolder(file, null);
            }

            foreach (var entry in parts)
            {
                foreach (var isFolder in new[] { false, true })
                {
                    Assert.Equal(whole.Decide(path + entry, isFolder), placed.Decide(path + entry, isFolder));
                }
            }
        }
    }

    private static long CheckSteps(string gitignore, int depth)
    {
        var root = Directory.CreateTempSubdirectory("rampart-ignore-steps-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, ".gitignore"), gitignore);
            var ignores = RepositoryIgnores.Open(root, DiscoveryOptions.Default with { UseRampartIgnore = false });
            var path = string.Join('/', Enumerable.Range(0, depth).Select(i => new string('a', 60) + i.ToString(CultureInfo.InvariantCulture)));
            var steps = new StepCounter();

            var decision = ignores.Check(path + "/" + new string('a', 60), isFolder: false, steps);

            Assert.False(decision.Excluded);
            return steps.Steps;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static long Steps(GlobMatcher glob, string text)
    {
        var steps = new StepCounter();
        Assert.False(glob.IsMatch(Encoding.UTF8.GetBytes(text).AsSpan(), steps));
        return steps.Steps;
    }
}
