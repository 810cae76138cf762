using System.Text;

namespace Rampart.Regex.Tests;

/// <summary>
/// The lazy DFA (IsMatch) and the Pike VM (Find) are separate matchers of the same program; over generated
/// patterns with the full syntax (multi-line anchors, flags, Unicode classes, lazy and counted repetition)
/// and inputs with non-ASCII text and surrogate pairs, they must agree on whether there is a match, and a
/// match found from a start index must start at or after it.
/// </summary>
public sealed class RegexEngineAgreementTests
{
    private static readonly string[] Atoms =
    [
        "a", "b", "é", "\U0001F600", ".", "[ab]", "[^a]", "\\pL", "\\p{Greek}", "\\PL", "\\d", "\\w", "\\s",
        "(?i:a)", "(?s:.)", "[[:alpha:]]", "\\x{1F600}", "ß", "(?i)ẞ",
    ];

    private static readonly string[] Assertions = ["^", "$", "(?m:^)", "(?m:$)", "\\b", "\\B", "\\A", "\\z"];
    private static readonly string[] Quantifiers = ["*", "+", "?", "*?", "+?", "??", "{2}", "{0,3}", "{1,}?"];
    private const string Alphabet = "aabé\U0001F600 ß\nα1_";

    [Fact]
    public void Dfa_and_pike_vm_agree_on_generated_patterns_and_inputs()
    {
        var random = new Random(1234);
        var disagreements = new List<string>();
        for (var p = 0; p < 1500 && disagreements.Count < 10; p++)
        {
            var pattern = Pattern(random, 0);
            var regex = Re2Regex.Compile(pattern);
            for (var i = 0; i < 10; i++)
            {
                var input = Input(random);
                var dfa = regex.IsMatch(input);
                var pike = regex.IsMatchWithPikeVm(input, null);
                var start = random.Next(input.Length + 1);
                var found = regex.Find(input, start);
                if (dfa != pike || (found is not null && found.Index < start) || (start == 0 && dfa != (found is not null)))
                {
                    disagreements.Add($"/{pattern}/ on \"{input.ReplaceLineEndings("\\n")}\" from {start}: dfa {dfa}, pike {pike}, find {found?.Index}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    internal static string Pattern(Random random, int depth)
    {
        var text = new StringBuilder();
        var branches = random.Next(1, 3);
        for (var b = 0; b < branches; b++)
        {
            if (b > 0)
            {
                text.Append('|');
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var choice = random.Next(8);
                var item = choice switch
                {
                    0 => Assertions[random.Next(Assertions.Length)],
                    1 when depth < 2 => $"({Pattern(random, depth + 1)})",
                    _ => Atoms[random.Next(Atoms.Length)],
                };
                text.Append(item);
                if (choice != 0 && random.Next(3) == 0)
                {
                    text.Append(Quantifiers[random.Next(Quantifiers.Length)]);
                }
            }
        }

        return text.ToString();
    }

    internal static string Input(Random random)
    {
        var runes = new RunePicker(Alphabet);
        var text = new StringBuilder();
        for (var i = random.Next(0, 10); i > 0; i--)
        {
            text.Append(runes.Pick(random));
        }

        return text.ToString();
    }

    private sealed class RunePicker(string alphabet)
    {
        private readonly string[] _elements = [.. alphabet.EnumerateRunes().Select(r => r.ToString())];

        public string Pick(Random random) => _elements[random.Next(_elements.Length)];
    }
}
