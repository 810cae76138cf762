using Rampart.Secrets;

namespace Rampart.Tests.Secrets;

public sealed class KeywordAutomatonTests
{
    [Fact]
    public void Bytes_no_keyword_tells_apart_share_one_class_and_upper_case_shares_its_lower_case()
    {
        var automaton = new KeywordAutomaton([("abc", 0), ("bcd", 1)]);

        // a, b, c, d, and every other byte.
        Assert.Equal(5, automaton.ClassCount);
    }

    [Fact]
    public void Keywords_are_found_in_any_case_where_they_end_even_inside_one_another()
    {
        var automaton = new KeywordAutomaton([("abc", 0), ("bcd", 1), ("token", 2)]);
        var hits = new List<KeywordHit>();
        long steps = 0;

        automaton.FindAll("xxABCd TOKEN tokeN!"u8, hits, ref steps);

        Assert.Equal([(5, UInt128.One), (6, UInt128.One << 1), (12, UInt128.One << 2), (18, UInt128.One << 2)], hits.Select(h => (h.End, h.Groups)));
        Assert.Equal(19, steps);
    }

    [Fact]
    public void A_long_text_read_as_two_lanes_gives_every_hit_in_order_around_the_cut()
    {
        var automaton = new KeywordAutomaton([("token", 0), ("secret", 1)]);
        var lines = Enumerable.Range(0, 400).Select(i => i % 37 == 0 || i is 199 or 200 or 201 ? $"line {i} TOKEN=x secret" : $"line {i} of plain text").ToList();
        var text = System.Text.Encoding.ASCII.GetBytes(string.Join('\n', lines) + "\ntoken");
        var expected = new List<int>();
        for (var at = 0; at < text.Length; at++)
        {
            if (text.AsSpan(at).StartsWith("TOKEN"u8) || text.AsSpan(at).StartsWith("token"u8))
            {
                expected.Add(at + 5);
            }
            else if (text.AsSpan(at).StartsWith("secret"u8))
            {
                expected.Add(at + 6);
            }
        }

        var hits = new List<KeywordHit>();
        long steps = 0;
        automaton.FindAll(text, hits, ref steps);

        Assert.True(text.Length >= KeywordAutomaton.TwoLaneBytes);
        Assert.Equal(expected, hits.Select(h => h.End));
        Assert.Equal(text.Length, steps);
    }

    [Fact]
    public void The_built_in_keywords_need_a_table_of_few_byte_classes()
    {
        var automaton = new KeywordAutomaton(SecretRules.All.SelectMany((rule, i) => rule.Keywords.Select(k => (k, i))));

        // Lower-case letters, digits and a few punctuation marks, and one class for every other byte.
        Assert.InRange(automaton.ClassCount, 2, 64);
    }
}
