using System.Text;
using Rampart.Secrets;

namespace Rampart.Tests.Secrets;

/// <summary>The regexes run only over the lines around keyword hits: what they are given, and that nothing is lost.</summary>
public sealed class KeywordWindowTests
{
    private const string Filler = "plain line with nothing in it at all";

    public static TheoryData<string> RuleIds => [.. SecretRules.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_reports_its_positive_examples_amid_many_lines_without_keywords(string id)
    {
        var rule = SecretRules.All.Single(r => r.Id == id);
        var filler = string.Concat(Enumerable.Repeat(Filler + "\n", 300));
        foreach (var positive in rule.Positives)
        {
            var bytes = Encoding.UTF8.GetBytes(filler + positive + "\n" + filler);
            var hits = new List<SecretHit>();
            SecretScanner.Default.Scan(bytes, bytes.Length, hits);

            Assert.Contains(hits, h => SecretScanner.Default.Rules[h.Rule].Id == id && h.Index >= filler.Length && h.End <= filler.Length + positive.Length);
        }
    }

    [Fact]
    public void Bytes_given_to_the_regex_engine_are_the_keyword_line_and_the_next_whatever_the_file_size()
    {
        const string keywordLine = "    url = postgres_url(user)";
        const string next = "    return connect(user, url)";
        foreach (var lines in new[] { 1_000, 20_000 })
        {
            var scanner = new SecretScanner(SecretRules.All);
            var half = string.Concat(Enumerable.Repeat(Filler + "\n", lines / 2));
            var bytes = Encoding.UTF8.GetBytes(half + keywordLine + "\n" + next + "\n" + half);

            scanner.Scan(bytes, bytes.Length, []);

            Assert.Equal(bytes.Length, scanner.KeywordSteps);
            Assert.Equal(keywordLine.Length + 1 + next.Length + 1, scanner.RegexBytes);
        }
    }

    [Fact]
    public void Windows_of_neighbouring_keywords_merge_so_no_byte_goes_to_the_regex_engine_twice()
    {
        var scanner = new SecretScanner(SecretRules.All);
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5_000).Select(i => $"redis_{i} = session.mysql_value  # postgres amqp\n")));

        scanner.Scan(bytes, bytes.Length, []);

        Assert.Equal(bytes.Length, scanner.RegexBytes);
    }

    [Fact]
    public void Generic_keywords_are_tried_where_they_start_and_their_lines_are_not_searched_whole()
    {
        // Two generic keywords on a line of code, neither followed by an assignment, in 1,000 or 20,000 lines.
        const string keywordLine = "    if password is None or token > 12:";
        foreach (var lines in new[] { 1_000, 20_000 })
        {
            var scanner = new SecretScanner(SecretRules.All);
            var half = string.Concat(Enumerable.Repeat(Filler + "\n", lines / 2));
            var bytes = Encoding.UTF8.GetBytes(half + keywordLine + "\n    return None\n" + half);
            var hits = new List<SecretHit>();

            scanner.Scan(bytes, bytes.Length, hits);

            Assert.Empty(hits);
            Assert.Equal(0, scanner.RegexBytes);
            Assert.Equal(2, scanner.KeywordSearches);
        }
    }

    [Fact]
    public void A_generic_secret_after_a_keyword_that_matches_nothing_on_the_same_line_is_found()
    {
        var scanner = new SecretScanner(SecretRules.All);
        var bytes = Encoding.UTF8.GetBytes(Filler + "\nlog(token) ; client_secret: \"kI6GGuPfMSukGxDx\"\n" + Filler + "\n");
        var hits = new List<SecretHit>();

        scanner.Scan(bytes, bytes.Length, hits);

        var hit = Assert.Single(hits);
        Assert.Equal("RMP-SECRET-104", scanner.Rules[hit.Rule].Id);
        Assert.Equal("kI6GGuPfMSukGxDx", hit.Value);
        Assert.Equal(0, scanner.RegexBytes);
    }

    [Fact]
    public void A_key_whose_first_line_comes_after_header_lines_is_found_from_its_begin_line()
    {
        var body = string.Concat(Enumerable.Repeat("Y46UxSjVuwDrqvRiGNFVAmZAWVnu845stRnjVd2hXad/0Xvp1ujU0BBGi4/hw0Qs\n", 20));
        var key = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,8CFA355ED123EA3FD212C08195D9A19C\n\n\n\n"
            + "s5jMoIgJO6qZCJXOi5KoHeb7xa2pIAFiUfX7hqTNd3/BTEuK5Big/rTM4JNxShek\n" + body + "-----END RSA PRIVATE KEY-----\n";
        var bytes = Encoding.UTF8.GetBytes(Filler + "\n" + key + Filler + "\n");
        var hits = new List<SecretHit>();

        SecretScanner.Default.Scan(bytes, bytes.Length, hits);

        var hit = Assert.Single(hits);
        Assert.Equal("RMP-SECRET-087", SecretScanner.Default.Rules[hit.Rule].Id);
        Assert.StartsWith("s5jMoIgJ", hit.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyword_holding_a_line_break_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new KeywordAutomaton([("pass\nword", 0)]));
    }
}
