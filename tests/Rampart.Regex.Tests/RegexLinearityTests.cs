using System.Text;

namespace Rampart.Regex.Tests;

/// <summary>
/// Shows that matching takes time linear in the input, without timing anything: the engine counts its
/// steps (instructions visited, transitions taken), and for patterns that are exponential for a
/// backtracking engine the count grows in proportion to the input length.
/// </summary>
public sealed class RegexLinearityTests
{
    public static TheoryData<string, char> PathologicalPatterns() => new()
    {
        { "(a*)*b", 'a' },
        { "(a|aa)*c", 'a' },
        { "(x+x+)+y", 'x' },
        { "^(a+)+$", 'a' },
        { "(?:a?){30}a{30}z", 'a' },
        { "(\\w+\\s?)+$", 'w' },
    };

    [Theory]
    [MemberData(nameof(PathologicalPatterns))]
    public void Dfa_steps_grow_linearly_with_the_input(string pattern, char filler)
    {
        var regex = Re2Regex.Compile(pattern);

        var steps = StepsFor(filler, (input, counter) => regex.IsMatch(input, counter));

        AssertLinear(steps);
    }

    [Theory]
    [MemberData(nameof(PathologicalPatterns))]
    public void Pike_vm_steps_grow_linearly_with_the_input(string pattern, char filler)
    {
        var regex = Re2Regex.Compile(pattern);

        var steps = StepsFor(filler, (input, counter) => regex.IsMatchWithPikeVm(input, counter));

        AssertLinear(steps);
    }

    [Theory]
    [MemberData(nameof(PathologicalPatterns))]
    public void Find_steps_grow_linearly_with_the_input(string pattern, char filler)
    {
        var regex = Re2Regex.Compile(pattern);

        var steps = StepsFor(filler, (input, counter) => regex.Find(input + "!", 0, counter) is not null);

        AssertLinear(steps);
    }

    [Fact]
    public void Nested_plus_against_a_near_match_fails_after_a_linear_number_of_steps()
    {
        var regex = Re2Regex.Compile("^(a+)+$");
        var counter = new StepCounter();

        var matched = regex.IsMatchWithPikeVm(new string('a', 30) + "!", counter);

        Assert.False(matched);
        Assert.InRange(counter.Steps, 31, 31 * regex.ProgramSize);
    }

    [Theory]
    [InlineData(1_000)] // both matches short enough for the bit state search
    [InlineData(50_000)] // both too long for it: the Pike VM
    public void Find_with_captures_on_a_long_match_is_linear(int length)
    {
        var regex = Re2Regex.Compile("(a|aa)*(b)?$");
        var small = new StepCounter();
        var large = new StepCounter();

        var smallMatch = regex.Find(new string('a', length), 0, small);
        var largeMatch = regex.Find(new string('a', 10 * length), 0, large);

        Assert.Equal(10 * length, largeMatch!.Length);
        Assert.Equal(length, smallMatch!.Length);
        Assert.True(large.Steps < 11 * small.Steps, $"{large.Steps} steps for {10 * length} against {small.Steps} for {length}");
    }

    [Fact]
    public void A_dfa_whose_states_outgrow_the_cache_drops_it_and_still_answers_right()
    {
        // The n-th character from the end must be 'a': a DFA needs 2^n states for that.
        var regex = Re2Regex.Compile("a[ab]{17}$");
        var random = new Random(7);
        var text = string.Concat(Enumerable.Range(0, 300_000).Select(_ => random.Next(2) == 0 ? 'a' : 'b'));
        var counter = new StepCounter();

        var matched = regex.IsMatch(text + "b" + new string('b', 17), counter);

        Assert.False(matched);
        Assert.True(regex.DfaCacheResets > 0, "the state cache never filled up");
        Assert.True(regex.IsMatch(text + "a" + new string('b', 17)));
        Assert.InRange(counter.Steps, 300_000, 300_018L * regex.ProgramSize);
    }

    [Fact]
    public void A_dfa_whose_cache_grew_large_is_not_kept_with_the_compiled_pattern()
    {
        // Compiled patterns are cached for the life of the process; each used to keep its largest DFA (about 10 MB).
        var blowup = Re2Regex.Compile("a[ab]{17}$");
        var simple = Re2Regex.Compile("[a-z]+@[a-z]+");
        var random = new Random(7);
        var text = string.Concat(Enumerable.Range(0, 300_000).Select(_ => random.Next(2) == 0 ? 'a' : 'b'));

        Assert.False(blowup.IsMatch(text + "b" + new string('b', 17)));
        Assert.True(simple.IsMatch("mail: someone@example"));

        Assert.False(blowup.HasPooledDfa);
        Assert.True(simple.HasPooledDfa);
        Assert.True(blowup.IsMatch(text + "a" + new string('b', 17)));
    }

    public static TheoryData<string, string> PathologicalUtf8Patterns() => new()
    {
        { "(a*)*b", "a" },
        { "^(a+)+$", "a" },
        { "(é|éé)*c", "é" },
        { "(.*)*x", "\U0001F600" },
        { "(\\x{FFFD}+)+$", "invalid" },
        { "(?:.?){30}.{30}z", "invalid" },
    };

    [Theory]
    [MemberData(nameof(PathologicalUtf8Patterns))]
    public void Utf8_dfa_steps_grow_linearly_with_the_input(string pattern, string filler)
    {
        var regex = Re2Regex.Compile(pattern);

        var steps = StepsForBytes(filler, (input, counter) => regex.IsMatch(new Utf8Text(input), counter));

        AssertLinear(steps);
    }

    [Theory]
    [MemberData(nameof(PathologicalUtf8Patterns))]
    public void Utf8_find_with_groups_steps_grow_linearly_with_the_input(string pattern, string filler)
    {
        var regex = Re2Regex.Compile(pattern);

        var steps = StepsForBytes(filler, (input, counter) =>
        {
            byte[] text = [.. input, (byte)'!'];
            if (!regex.TryFindBounds(new Utf8Text(text), 0, counter, out var bounds))
            {
                return false;
            }

            regex.Capture(new Utf8Text(text), bounds, new int[2 * (regex.GroupCount + 1)], counter);
            return true;
        });

        AssertLinear(steps);
    }

    [Fact]
    public void A_set_of_hundreds_of_patterns_takes_steps_linear_in_the_input()
    {
        // Patterns a backtracking engine takes exponential time on, and ordinary token patterns, 300 in all.
        var patterns = Enumerable.Range(0, 100).SelectMany(i => new[]
        {
            $"(a*)*b{i}", $"(x+x+)+y{i}", $"tok{i}_[a-z0-9]{{12}}\\b",
        }).ToArray();
        const string Piece = "aaaaaaaa xxxxxxxx tok7_abc é \U0001F600 ";
        var steps = new long[2];
        int[] lengths = [10_000, 100_000];
        for (var i = 0; i < lengths.Length; i++)
        {
            var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Piece, lengths[i] / Piece.Length)));
            var counter = new StepCounter();

            Assert.Empty(Re2Set.Compile(patterns).Indexes(input, counter)); // a fresh set: no states cached from the other size

            steps[i] = counter.Steps;
            Assert.True(steps[i] >= input.Length, $"only {steps[i]} steps for {input.Length} bytes");
        }

        Assert.True(steps[1] < 11 * steps[0], $"steps 10k={steps[0]} 100k={steps[1]}");
    }

    [Fact]
    public void A_set_reports_a_match_of_each_pattern_in_linear_steps_once_all_have_matched()
    {
        var patterns = Enumerable.Range(0, 300).Select(i => $"k{i}=\\d+").ToArray();
        var head = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 300).Select(i => $"k{i}=1 ")));
        var small = new StepCounter();
        var large = new StepCounter();

        var all = Enumerable.Range(0, 300).ToArray();
        Assert.Equal(all, Re2Set.Compile(patterns).Indexes(head, small));
        Assert.Equal(all, Re2Set.Compile(patterns).Indexes([.. head, .. new byte[1_000_000]], large));

        // Once every pattern has matched the scan stops: the megabyte after the last match costs nothing.
        Assert.Equal(small.Steps, large.Steps);
    }

    private static long[] StepsForBytes(string filler, Func<byte[], StepCounter, bool> run)
    {
        byte[] unit = filler == "invalid" ? [0xFF] : Encoding.UTF8.GetBytes(filler);
        int[] counts = [1_000, 10_000, 100_000];
        var steps = new long[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var input = new byte[counts[i] * unit.Length];
            for (var j = 0; j < input.Length; j += unit.Length)
            {
                unit.CopyTo(input, j);
            }

            var counter = new StepCounter();
            run(input, counter);
            steps[i] = counter.Steps;
            Assert.True(counter.Steps >= counts[i], $"only {counter.Steps} steps for {counts[i]} characters");
        }

        return steps;
    }

    private static long[] StepsFor(char filler, Func<string, StepCounter, bool> run)
    {
        int[] lengths = [1_000, 10_000, 100_000];
        var steps = new long[lengths.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            var counter = new StepCounter();
            run(new string(filler, lengths[i]), counter);
            steps[i] = counter.Steps;
            Assert.True(counter.Steps >= lengths[i], $"only {counter.Steps} steps for {lengths[i]} characters");
        }

        return steps;
    }

    private static void AssertLinear(long[] steps)
    {
        Assert.True(steps[1] < 11 * steps[0], $"steps 1k={steps[0]} 10k={steps[1]}");
        Assert.True(steps[2] < 11 * steps[1], $"steps 10k={steps[1]} 100k={steps[2]}");
    }
}
