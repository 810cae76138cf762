namespace Rampart.Regex.Tests;

/// <summary>
/// The groups of a match come from <see cref="BitState"/> when the match is short, from the Pike VM otherwise; both
/// must keep the same (highest-priority) path, so they must agree on every group of every match.
/// </summary>
public sealed class BitStateTests
{
    [Fact]
    public void Bit_state_and_pike_vm_give_the_same_groups_on_generated_patterns_and_inputs()
    {
        var random = new Random(4321);
        var disagreements = new List<string>();
        var compared = 0;
        for (var p = 0; p < 2000 && disagreements.Count < 10; p++)
        {
            var pattern = "(" + RegexEngineAgreementTests.Pattern(random, 0) + ")(" + RegexEngineAgreementTests.Pattern(random, 1) + ")?";
            var regex = Re2Regex.Compile(pattern);
            for (var i = 0; i < 10; i++)
            {
                var input = RegexEngineAgreementTests.Input(random) + RegexEngineAgreementTests.Input(random);
                var start = random.Next(input.Length + 1);
                var reference = regex.SlotsWithPikeVm(input, start);
                var match = regex.Find(input, start);
                if (reference is null || match is null)
                {
                    if ((reference is null) != (match is null))
                    {
                        disagreements.Add($"/{pattern}/ on \"{input}\" from {start}: pike {reference is not null}, bit state {match is not null}");
                    }

                    continue;
                }

                compared++;
                var groups = string.Join(" ", match.Groups.Select(g => g.Success ? $"{g.Index}+{g.Length}" : "-"));
                var expected = string.Join(" ", Enumerable.Range(0, match.Groups.Count)
                    .Select(g => reference[2 * g] >= 0 && reference[(2 * g) + 1] >= reference[2 * g] ? $"{reference[2 * g]}+{reference[(2 * g) + 1] - reference[2 * g]}" : "-"));
                if (groups != expected)
                {
                    disagreements.Add($"/{pattern}/ on \"{input.ReplaceLineEndings("\\n")}\" from {start}: pike {expected}, bit state {groups}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(compared > 5000, $"only {compared} matches compared");
    }

    [Fact]
    public void Bit_state_visits_each_instruction_at_each_position_at_most_once()
    {
        // Nested stars backtrack exponentially without the visited bits; with them a search costs at most
        // program size × (match length + 1) steps.
        var regex = Re2Regex.Compile("((a*)*)*(b)");
        var text = new string('a', 60) + "b";
        var counter = new StepCounter();
        var match = regex.Find(text, 0, counter);
        Assert.NotNull(match);
        Assert.Equal(60, match.Groups[3].Index);
        Assert.InRange(counter.VmSteps, 1, regex.ProgramSize * (text.Length + 1));
    }
}
