using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Rampart.Regex;
using DotNetRegex = System.Text.RegularExpressions.Regex;

namespace Rampart.Benchmarks;

/// <summary>
/// The RE2-syntax engine behind CEL's matches, CRD patterns and secret scanning: compile time of a typical
/// pattern, IsMatch and Find on a 1 KB string and on its UTF-8 bytes, patterns that are exponential for a
/// backtracking engine, and a set of 100 secret-like patterns over 64 KB of UTF-8 in one pass against each
/// pattern on its own. .NET's own engines are measured beside it where they finish (the backtracking one does
/// not on the pathological input).
/// </summary>
[MemoryDiagnoser]
public class RegexBenchmarks
{
    /// <summary>An OCI image reference, as policies check them.</summary>
    private const string ImagePattern =
        @"^(?P<registry>[a-z0-9.-]+(?::\d+)?/)?(?P<repo>[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)" +
        @"(?::(?P<tag>\w[\w.-]{0,127}))?(?:@(?P<digest>sha256:[a-f0-9]{64}))?$";

    private const string SecretPattern = @"(?i)(?:password|secret|token)\s*[:=]\s*(\S{8,})";

    private readonly Re2Regex _secret = Re2Regex.Compile(SecretPattern);
    private readonly DotNetRegex _secretDotNet = new(@"(?i)(?:password|secret|token)\s*[:=]\s*(\S{8,})", RegexOptions.Compiled);
    private readonly Re2Regex _tokens = Re2Regex.Compile("(?:ghp_|gho_|ghs_|ghu_)[A-Za-z0-9]{36}");
    private readonly Re2Regex _nestedPlus = Re2Regex.Compile("^(a+)+$");
    private readonly DotNetRegex _nestedPlusNonBacktracking = new("^(a+)+$", RegexOptions.NonBacktracking);
    private readonly Re2Regex _doublePlus = Re2Regex.Compile("(x+x+)+y");
    private readonly string _text1K = BuildText(1024, tail: "");
    private readonly string _text1KWithSecret = BuildText(1024, tail: " password: hunter2hunter2");
    private readonly string _nearMatch = new string('a', 30) + "!";
    private readonly string _xs = new('x', 10_000);
    private readonly byte[] _bytes1K = Encoding.UTF8.GetBytes(BuildText(1024, tail: ""));
    private readonly byte[] _bytes1KWithSecret = Encoding.UTF8.GetBytes(BuildText(1024, tail: " password: hunter2hunter2"));
    private readonly byte[] _bytes64KWithSecrets = Encoding.UTF8.GetBytes(
        BuildText(32 * 1024, tail: " token = ghp_0123456789abcdefghijABCDEFGHIJ0123456789 ") + BuildText(32 * 1024, tail: " AKIAABCDEFGHIJKLMNOP"));
    private readonly Re2Set _secrets = Re2Set.Compile(SecretLikePatterns());

    [Benchmark]
    public Re2Regex Compile_image_reference_pattern() => Re2Regex.Compile(ImagePattern);

    [Benchmark]
    public bool IsMatch_1KB_no_match() => _secret.IsMatch(_text1K);

    [Benchmark]
    public bool IsMatch_1KB_no_match_dotnet_compiled() => _secretDotNet.IsMatch(_text1K);

    [Benchmark]
    public bool IsMatch_1KB_match_at_end() => _secret.IsMatch(_text1KWithSecret);

    [Benchmark]
    public bool IsMatch_1KB_no_match_literal_alternatives() => _tokens.IsMatch(_text1K);

    [Benchmark]
    public Re2Match? Find_1KB_with_captures() => _secret.Find(_text1KWithSecret);

    [Benchmark]
    public bool IsMatch_nested_plus_30a_bang() => _nestedPlus.IsMatch(_nearMatch);

    [Benchmark]
    public Re2Match? Find_nested_plus_30a_bang() => _nestedPlus.Find(_nearMatch);

    [Benchmark]
    public bool IsMatch_nested_plus_30a_bang_dotnet_nonbacktracking() => _nestedPlusNonBacktracking.IsMatch(_nearMatch);

    [Benchmark]
    public bool IsMatch_double_plus_10k_x() => _doublePlus.IsMatch(_xs);

    [Benchmark]
    public bool IsMatch_1KB_utf8_no_match() => _secret.IsMatch(_bytes1K);

    [Benchmark]
    public int TryFind_1KB_utf8_match_at_end() => _secret.TryFind(_bytes1KWithSecret, out var match) ? match.Index : -1;

    [Benchmark]
    public int EnumerateMatches_64KB_utf8_tokens()
    {
        var count = 0;
        foreach (var match in _tokens.EnumerateMatches(_bytes64KWithSecrets))
        {
            count += match.Length;
        }

        return count;
    }

    [Benchmark]
    public int Set_of_100_which_match_64KB_utf8() => _secrets.MatchingPatterns(_bytes64KWithSecrets).Count;

    [Benchmark]
    public int Set_of_100_find_all_64KB_utf8() => _secrets.FindAll(_bytes64KWithSecrets).Count;

    [Benchmark]
    public int Each_of_100_IsMatch_64KB_utf8()
    {
        var count = 0;
        foreach (var regex in _secrets.Regexes)
        {
            count += regex.IsMatch(_bytes64KWithSecrets) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Token formats and key-value shapes like a secret scanner's rules, 100 in all.</summary>
    private static string[] SecretLikePatterns()
    {
        string[] fixedShapes =
        [
            "ghp_[A-Za-z0-9]{36}", "gh[ousr]_[A-Za-z0-9]{36}", "AKIA[0-9A-Z]{16}", "xox[baprs]-[0-9A-Za-z-]{10,48}",
            "-----BEGIN [A-Z ]*PRIVATE KEY-----", @"AIza[0-9A-Za-z_\-]{35}", @"sk_live_[0-9a-zA-Z]{24}", @"glpat-[0-9A-Za-z_\-]{20}",
        ];
        var generic = Enumerable.Range(0, 100 - fixedShapes.Length).Select(i =>
            $@"(?i)\bservice{i}[_-]?(?:api[_-]?key|token|secret)\s*[:=]\s*[""']?([A-Za-z0-9/+=]{{16,64}})");
        return [.. fixedShapes, .. generic];
    }

    private static string BuildText(int length, string tail)
    {
        const string words = "apiVersion: apps/v1 kind: Deployment metadata: name: web labels: app: web tier: frontend ";
        var text = new StringBuilder();
        while (text.Length < length - tail.Length)
        {
            text.Append(words);
        }

        text.Length = length - tail.Length;
        return text.Append(tail).ToString();
    }
}
