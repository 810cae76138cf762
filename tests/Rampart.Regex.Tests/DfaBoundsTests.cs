using System.Text;

namespace Rampart.Regex.Tests;

/// <summary>
/// A match's bounds come from two DFAs, as in RE2: one that keeps its threads in priority order finds where the
/// leftmost-first match ends, the reverse DFA run backwards from there where it starts; the Pike VM then runs only
/// over the match, and only when groups are asked for. The bounds must be the Pike VM's, in both encodings.
/// </summary>
public sealed class DfaBoundsTests
{
    [Fact]
    public void Dfa_bounds_are_the_pike_vm_bounds_on_generated_patterns_and_inputs()
    {
        var random = new Random(4321);
        var disagreements = new List<string>();
        var matches = 0;
        for (var p = 0; p < 1500 && disagreements.Count < 10; p++)
        {
            var pattern = RegexEngineAgreementTests.Pattern(random, 0);
            var regex = Re2Regex.Compile(pattern);
            for (var i = 0; i < 10; i++)
            {
                var input = RegexEngineAgreementTests.Input(random);
                var start = random.Next(input.Length + 1);
                var dfa = regex.TryFindBounds(new Utf16Text(input), start, null, out var dfaBounds);
                var vm = regex.TryFindBoundsWithVm(new Utf16Text(input), start, null, out var vmBounds);
                matches += dfa ? 1 : 0;
                if (dfa != vm || dfaBounds != vmBounds)
                {
                    disagreements.Add($"/{pattern}/ on \"{input.ReplaceLineEndings("\\n")}\" from {start}: dfa {dfaBounds}, vm {vmBounds}");
                }

                var utf8 = Encoding.UTF8.GetBytes(input);
                var byteStart = random.Next(utf8.Length + 1);
                dfa = regex.TryFindBounds(new Utf8Text(utf8), byteStart, null, out dfaBounds);
                vm = regex.TryFindBoundsWithVm(new Utf8Text(utf8), byteStart, null, out vmBounds);
                if (dfa != vm || dfaBounds != vmBounds)
                {
                    disagreements.Add($"/{pattern}/ on UTF-8 \"{input.ReplaceLineEndings("\\n")}\" from byte {byteStart}: dfa {dfaBounds}, vm {vmBounds}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(matches > 1000, $"only {matches} matches: the generated cases test little");
    }

    [Theory]
    [InlineData("a+|b", "xxaaab", 2, 3)]
    [InlineData("ab+c|b", "abbc", 0, 4)]
    [InlineData("a*?", "aaa", 0, 0)]
    [InlineData("(?:a|ab)(?:c|bcd)", "abcd", 0, 4)]
    [InlineData(@"\bfoo\b", "a foo_ foo.", 7, 3)]
    [InlineData(@"(?m)^b+$", "ab\nbb\n", 3, 2)]
    [InlineData(@"x\z|y", "yx", 0, 1)]
    public void Bounds_follow_leftmost_first_priority(string pattern, string input, int index, int length)
    {
        var found = Re2Regex.Compile(pattern).TryFind(input, out var bounds);

        Assert.True(found);
        Assert.Equal(new Re2Bounds(index, length), bounds);
    }

    [Fact]
    public void The_pike_vm_runs_over_the_match_only_whatever_text_comes_before_it()
    {
        // A generic assignment rule: its keywords' first letters start a thread at most words of ordinary text.
        var regex = Re2Regex.Compile(@"(?i)(?:secret|token)[a-z_]{0,24}\s*=\s*([^\s""']{8,128})");
        const string Filler = "the static settings store text to test the session state; ";
        const string Match = "token_value = abcdefgh12345";
        var small = new StepCounter();
        var large = new StepCounter();
        var vmSmall = new StepCounter();
        var vmLarge = new StepCounter();

        var smallMatch = regex.Find(string.Concat(Enumerable.Repeat(Filler, 20)) + Match, 0, small);
        var largeMatch = regex.Find(string.Concat(Enumerable.Repeat(Filler, 400)) + Match, 0, large);
        regex.TryFindBoundsWithVm(new Utf16Text(string.Concat(Enumerable.Repeat(Filler, 20)) + Match), 0, vmSmall, out _);
        regex.TryFindBoundsWithVm(new Utf16Text(string.Concat(Enumerable.Repeat(Filler, 400)) + Match), 0, vmLarge, out _);

        Assert.Equal("abcdefgh12345", smallMatch!.Groups[1].Value);
        Assert.Equal("abcdefgh12345", largeMatch!.Groups[1].Value);
        Assert.InRange(small.VmSteps, 1, 20 * Match.Length);
        Assert.Equal(small.VmSteps, large.VmSteps);

        // Finding the start with the VM instead costs VM steps in proportion to the text before the match.
        Assert.True(vmLarge.VmSteps > 10 * vmSmall.VmSteps, $"{vmLarge.VmSteps} VM steps against {vmSmall.VmSteps}");
    }
}
