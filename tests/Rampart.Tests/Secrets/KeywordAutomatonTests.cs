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
    public void The_built_in_keywords_need_a_table_of_few_byte_classes()
    {
        var automaton = new KeywordAutomaton(SecretRules.All.SelectMany((rule, i) => rule.Keywords.Select(k => (k, i))));

        // Lower-case letters, digits and a few punctuation marks, and one class for every other byte.
        Assert.InRange(automaton.ClassCount, 2, 64);
    }
}
