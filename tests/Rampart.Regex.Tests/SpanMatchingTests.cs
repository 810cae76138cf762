using System.Text;

namespace Rampart.Regex.Tests;

/// <summary>
/// Matching on spans: UTF-16 spans give positions relative to the span, UTF-8 spans give byte offsets, and
/// invalid UTF-8 reads as U+FFFD one byte at a time (as Go's regexp reads bytes) instead of failing.
/// </summary>
public sealed class SpanMatchingTests
{
    [Fact]
    public void A_utf16_span_is_searched_without_the_text_around_it()
    {
        var text = "xxabc123yy";
        var regex = Re2Regex.Compile(@"^[a-z]+(\d+)$");

        Assert.True(regex.TryFind(text.AsSpan(2, 6), out var match));
        Assert.Equal(new Re2Bounds(0, 6), match);
        Assert.False(regex.IsMatch(text.AsSpan()));
    }

    [Fact]
    public void Utf8_positions_are_byte_offsets()
    {
        var bytes = Encoding.UTF8.GetBytes("aé\U0001F600é!");
        var regex = Re2Regex.Compile(@"\x{1F600}(é)");
        var groups = new Re2Bounds[2];

        Assert.True(regex.TryFindGroups(bytes, 0, groups));
        Assert.Equal(new Re2Bounds(3, 6), groups[0]); // a=1 byte, é=2, the emoji 4, é 2
        Assert.Equal(new Re2Bounds(7, 2), groups[1]);
        Assert.Equal("é", Encoding.UTF8.GetString(bytes.AsSpan(groups[1].Index, groups[1].Length)));
    }

    [Fact]
    public void A_group_that_took_no_part_is_unmatched_in_the_span_api()
    {
        var groups = new Re2Bounds[3];

        Assert.True(Re2Regex.Compile("(a)|(b)").TryFindGroups("xb".AsSpan(), 0, groups));

        Assert.Equal([new Re2Bounds(1, 1), Re2Bounds.Unmatched, new Re2Bounds(1, 1)], groups);
        Assert.False(groups[1].Success);
    }

    [Fact]
    public void TryFindGroups_fills_only_as_many_groups_as_the_span_holds()
    {
        var groups = new Re2Bounds[1];

        Assert.True(Re2Regex.Compile("(a)(b)").TryFindGroups("xab"u8, 0, groups));

        Assert.Equal(new Re2Bounds(1, 2), groups[0]);
    }

    [Fact]
    public void Find_from_a_byte_offset_still_sees_the_bytes_before_it()
    {
        var regex = Re2Regex.Compile(@"\bx");

        Assert.False(regex.TryFind("ax"u8, 1, out _));
        Assert.True(regex.TryFind("a x"u8, 1, out var match));
        Assert.Equal(2, match.Index);
    }

    [Fact]
    public void Enumerating_utf8_matches_follows_go_semantics_for_empty_matches()
    {
        var found = new List<Re2Bounds>();
        foreach (var match in Re2Regex.Compile("é*").EnumerateMatches("bééb"u8))
        {
            found.Add(match);
        }

        // Empty at 0, "éé" over bytes 1..5, then the empty match at 5 right after it is skipped, and one at the end.
        Assert.Equal([new Re2Bounds(0, 0), new Re2Bounds(1, 4), new Re2Bounds(6, 0)], found);
    }

    [Fact]
    public void An_invalid_byte_reads_as_one_replacement_character()
    {
        byte[] input = [(byte)'a', 0xFF, (byte)'b'];

        Assert.True(Re2Regex.Compile("^a.b$").IsMatch(input));
        Assert.True(Re2Regex.Compile(@"^a\x{FFFD}b$").IsMatch(input));
        Assert.True(Re2Regex.Compile(@"^a[^a-z]b$").IsMatch(input));
        Assert.True(Re2Regex.Compile(@"^a\Sb$").IsMatch(input));
        Assert.False(Re2Regex.Compile(@"^a\x{FF}b$").IsMatch(input)); // U+00FF is C3 BF in UTF-8, not the byte FF
        Assert.False(Re2Regex.Compile(@"^a\wb$").IsMatch(input));
    }

    [Theory]
    [InlineData(new byte[] { 0xE2, 0x82, (byte)'x' }, 2)] // a 3-byte sequence cut short: each byte on its own
    [InlineData(new byte[] { 0xC0, 0x80, (byte)'x' }, 2)] // an overlong NUL
    [InlineData(new byte[] { 0xED, 0xA0, 0x80, (byte)'x' }, 3)] // an encoded surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80, (byte)'x' }, 4)] // past U+10FFFF
    [InlineData(new byte[] { 0x80, 0xBF, (byte)'x' }, 2)] // stray continuation bytes
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC, (byte)'x' }, 1)] // a valid euro sign, for contrast
    public void Each_byte_of_an_invalid_sequence_is_a_character_of_its_own(byte[] input, int characters)
    {
        var exact = Re2Regex.Compile("^" + string.Concat(Enumerable.Repeat(".", characters)) + "x$");
        var fewer = Re2Regex.Compile("^" + string.Concat(Enumerable.Repeat(".", characters - 1)) + "x$");

        Assert.True(exact.IsMatch(input));
        Assert.False(fewer.IsMatch(input));
    }

    [Fact]
    public void A_word_boundary_next_to_an_invalid_byte_sees_a_non_word_character()
    {
        Assert.True(Re2Regex.Compile(@"\bx\b").TryFind([0xFF, (byte)'x', 0xC3], out var match));

        Assert.Equal(new Re2Bounds(1, 1), match);
    }

    [Theory]
    [InlineData(@"\x{FFFD}z")] // skips ahead to bytes that can read as U+FFFD
    [InlineData("é+z")] // skips ahead to a UTF-8 prefix
    [InlineData(@"[éz]z")] // skips ahead to lead bytes
    public void Skipping_ahead_in_utf8_finds_the_match_after_a_long_run_of_ascii(string pattern)
    {
        var head = new string('-', 5000);
        var tail = pattern.StartsWith('\\') ? new byte[] { 0xFE, (byte)'z' } : Encoding.UTF8.GetBytes("éz");
        byte[] input = [.. Encoding.UTF8.GetBytes(head), .. tail];

        Assert.True(Re2Regex.Compile(pattern).TryFind(input, out var match));

        Assert.Equal(5000, match.Index);
        Assert.Equal(tail.Length, match.Length);
    }

    [Fact]
    public void A_utf8_prefix_search_does_not_skip_an_invalid_byte_that_matches_the_prefix()
    {
        // The literal U+FFFD also matches an invalid byte, so the prefix's own bytes (EF BF BD) are not searched for.
        byte[] input = [(byte)'a', 0xFF, (byte)'!'];

        Assert.True(Re2Regex.Compile("\uFFFD!").TryFind(input, out var match));

        Assert.Equal(new Re2Bounds(1, 2), match);
    }

    [Fact]
    public void Random_bytes_never_fail_and_matches_stay_on_character_boundaries_in_order()
    {
        var random = new Random(42);
        string[] patterns = [".", @"\x{FFFD}+", "[^a]+", @"\w+", @"(?s).{3}", "é|\u00FF", @"\b", "$", @"(\S+)\s"];
        var regexes = patterns.Select(p => Re2Regex.Compile(p)).ToArray();
        for (var run = 0; run < 500; run++)
        {
            var input = new byte[random.Next(0, 40)];
            random.NextBytes(input);
            foreach (var regex in regexes)
            {
                var previousEnd = 0;
                var any = false;
                foreach (var match in regex.EnumerateMatches(input))
                {
                    Assert.InRange(match.Index, previousEnd, input.Length);
                    Assert.InRange(match.End, match.Index, input.Length);
                    previousEnd = match.End;
                    any = true;
                }

                Assert.Equal(any, regex.IsMatch(input));
            }
        }
    }

    [Fact]
    public void Valid_utf8_gives_the_same_matches_as_the_string_it_encodes()
    {
        var random = new Random(7);
        string[] alphabet = ["a", "b", "é", "ß", "\U0001F600", " ", "\n", "1", "_", "α"];
        string[] patterns = [@"\w+", @"(?i)SS|ß", @"\x{1F600}+.", @"(?m)^\pL+$", @"\b\d", "[^a-z ]+", "a*"];
        var regexes = patterns.Select(p => Re2Regex.Compile(p)).ToArray();
        for (var run = 0; run < 300; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 15)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var regex in regexes)
            {
                var fromString = regex.FindAll(text).Select(m => (m.Index, m.Length));
                var fromBytes = new List<(int, int)>();
                foreach (var match in regex.EnumerateMatches(bytes))
                {
                    var index = Encoding.UTF8.GetCharCount(bytes, 0, match.Index);
                    fromBytes.Add((index, Encoding.UTF8.GetCharCount(bytes, match.Index, match.Length)));
                }

                Assert.Equal(fromString, fromBytes);
            }
        }
    }
}
