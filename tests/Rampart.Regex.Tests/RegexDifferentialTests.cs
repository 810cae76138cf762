using System.Text;
using DotNetRegex = System.Text.RegularExpressions.Regex;
using DotNetRegexOptions = System.Text.RegularExpressions.RegexOptions;

namespace Rampart.Regex.Tests;

/// <summary>
/// Compares the engine with .NET's backtracking engine over generated patterns and inputs, on the subset
/// where RE2 and .NET agree: ASCII text, no Unicode classes, \A and \z rather than ^ and $ (.NET's $ also
/// matches before a final newline), and no repetition of an expression that can match empty (RE2 and .NET
/// record captures differently there, and stop empty iterations differently). Both are leftmost-first
/// engines, so the overall match and every group must agree.
/// </summary>
public sealed class RegexDifferentialTests
{
    private const int Patterns = 2500;
    private const int InputsPerPattern = 12;

    [Fact]
    public void Generated_patterns_match_as_dotnet_backtracking_does_on_the_common_subset()
    {
        var random = new Random(20240611);
        var compared = 0;
        var failures = new List<string>();
        for (var p = 0; p < Patterns && failures.Count < 10; p++)
        {
            var pattern = new PatternGenerator(random).Pattern();
            var regex = Re2Regex.Compile(pattern);
            var reference = new DotNetRegex(pattern, DotNetRegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            for (var i = 0; i < InputsPerPattern; i++)
            {
                var input = RandomInput(random);
                var expected = Describe(reference.Match(input));
                var actual = Describe(regex.Find(input));
                compared++;
                if (expected != actual)
                {
                    failures.Add($"/{pattern}/ on \"{input.ReplaceLineEndings("\\n")}\": .NET {expected}, engine {actual}");
                }
                else if (regex.IsMatch(input) != reference.IsMatch(input))
                {
                    failures.Add($"/{pattern}/ on \"{input}\": IsMatch differs");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compared >= Patterns * InputsPerPattern);
    }

    private static string RandomInput(Random random)
    {
        const string alphabet = "aabbc \n";
        var length = random.Next(0, 9);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string Describe(System.Text.RegularExpressions.Match match) =>
        match.Success
            ? string.Join(" ", match.Groups.Cast<System.Text.RegularExpressions.Group>().Select(g => g.Success ? $"{g.Index}-{g.Length}" : "none"))
            : "no match";

    private static string Describe(Re2Match? match) =>
        match is null
            ? "no match"
            : string.Join(" ", match.Groups.Select(g => g.Success ? $"{g.Index}-{g.Length}" : "none"));

    /// <summary>Random patterns over a, b, c; repetition only of expressions that cannot match empty.</summary>
    private sealed class PatternGenerator(Random random)
    {
        private static readonly string[] Atoms = ["a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", "\\s", "\\w", "\\W", " "];
        private static readonly string[] Assertions = ["\\A", "\\z", "\\b", "\\B"];
        private static readonly string[] Quantifiers = ["*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,2}", "{2,}", "{1,3}?"];

        public string Pattern() => Alternation(0).Text;

        private (string Text, bool Nullable) Alternation(int depth)
        {
            var branches = random.Next(1, depth == 0 ? 3 : 4);
            var parts = new List<string>();
            var nullable = false;
            for (var i = 0; i < branches; i++)
            {
                var (text, branchNullable) = Concat(depth);
                parts.Add(text);
                nullable |= branchNullable;
            }

            return (string.Join("|", parts), nullable);
        }

        private (string Text, bool Nullable) Concat(int depth)
        {
            var items = random.Next(1, 4);
            var text = new StringBuilder();
            var nullable = true;
            for (var i = 0; i < items; i++)
            {
                var (item, itemNullable) = Item(depth);
                text.Append(item);
                nullable &= itemNullable;
            }

            return (text.ToString(), nullable);
        }

        private (string Text, bool Nullable) Item(int depth)
        {
            var choice = random.Next(10);
            if (choice == 0)
            {
                return (Assertions[random.Next(Assertions.Length)], true);
            }

            var (text, nullable) = choice <= 2 && depth < 3
                ? Group(depth)
                : (Atoms[random.Next(Atoms.Length)], false);
            if (nullable || random.Next(3) != 0)
            {
                return (text, nullable);
            }

            var quantifier = Quantifiers[random.Next(Quantifiers.Length)];
            var canBeEmpty = quantifier[0] is '*' or '?' || quantifier.StartsWith("{0", StringComparison.Ordinal);
            return (text + quantifier, canBeEmpty);
        }

        private (string Text, bool Nullable) Group(int depth)
        {
            var (inner, nullable) = Alternation(depth + 1);
            return (random.Next(2) == 0 ? $"({inner})" : $"(?:{inner})", nullable);
        }
    }
}
