using System.Text;

namespace Rampart.Regex.Tests;

/// <summary>A match that must start at a given position (<see cref="Re2Regex.TryMatchGroupsAt"/>): what it finds and how far it reads.</summary>
public sealed class AnchoredMatchTests
{
    [Fact]
    public void A_match_at_a_position_is_the_leftmost_first_match_starting_there_with_its_groups()
    {
        var regex = Re2Regex.Compile(@"(?i)(?:pass|password)\s*=\s*(\w+)");
        var text = "x PASSWORD = abc password=de"u8;
        Span<Re2Bounds> groups = stackalloc Re2Bounds[2];

        Assert.True(regex.TryMatchGroupsAt(text, 2, groups));

        Assert.Equal(new Re2Bounds(2, 14), groups[0]);
        Assert.Equal(new Re2Bounds(13, 3), groups[1]);
    }

    [Fact]
    public void No_match_starts_inside_a_word_even_when_one_starts_later()
    {
        var regex = Re2Regex.Compile(@"password\s*=\s*(\w+)");
        var text = "x password = abc password=de"u8;
        Span<Re2Bounds> groups = stackalloc Re2Bounds[2];

        Assert.False(regex.TryMatchGroupsAt(text, 3, groups));
        Assert.True(regex.TryMatchGroupsAt(text, 17, groups));
        Assert.Equal(new Re2Bounds(17, 11), groups[0]);
    }

    [Fact]
    public void The_text_before_the_position_counts_for_word_boundaries_and_line_starts()
    {
        var word = Re2Regex.Compile(@"\bkey");
        var line = Re2Regex.Compile(@"(?m)^key");
        var text = "monkey key\nkey"u8;
        Span<Re2Bounds> groups = stackalloc Re2Bounds[1];

        Assert.False(word.TryMatchGroupsAt(text, 3, groups));
        Assert.True(word.TryMatchGroupsAt(text, 7, groups));
        Assert.False(line.TryMatchGroupsAt(text, 7, groups));
        Assert.True(line.TryMatchGroupsAt(text, 11, groups));
    }

    [Fact]
    public void A_search_that_cannot_match_stops_where_its_threads_die_whatever_follows()
    {
        const string pattern = @"(?i)(?:password|token)[A-Za-z0-9_.-]{0,24}\s{0,3}(?:=|:)\s{0,3}([^\s]{8,128})";
        var steps = new[] { 100, 100_000 }.Select(filler =>
        {
            var regex = Re2Regex.Compile(pattern);
            var counter = new StepCounter();
            var text = Encoding.UTF8.GetBytes("    if password is None:" + new string('x', filler));
            Assert.False(regex.TryMatchBoundsAt(new Utf8Text(text), 7, counter, out _));
            return counter.Steps;
        }).ToList();

        Assert.Equal(steps[0], steps[1]);
        Assert.InRange(steps[0], 1, 200);
    }
}
