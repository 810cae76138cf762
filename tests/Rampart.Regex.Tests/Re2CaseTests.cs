using System.Text;
using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Regex.Tests;

/// <summary>
/// Runs every case of re2-cases.jsonl: expected match positions, FindAll results, and the compile errors
/// RE2 gives (text and position). The expectations are written by hand from RE2's documented behaviour.
/// The match cases also run on UTF-16 spans and, where the input is valid Unicode, on its UTF-8 bytes, whose
/// byte offsets are translated back to the UTF-16 positions the cases give.
/// </summary>
public sealed class Re2CaseTests
{
    public static TheoryData<int> CaseLines() => Lines(_ => true);

    public static TheoryData<int> MatchCaseLines() => Lines(root => !root.TryGetProperty("err", out _));

    public static TheoryData<int> Utf8MatchCaseLines() =>
        Lines(root => !root.TryGetProperty("err", out _) && IsValidUnicode(root.GetProperty("s").GetString()!));

    [Theory]
    [MemberData(nameof(CaseLines))]
    public void Case_behaves_as_re2_does(int line)
    {
        var (root, pattern, regex, error) = Compile(line);

        if (root.TryGetProperty("err", out var expectedError))
        {
            Assert.True(regex is null, $"line {line}: /{pattern}/ should not compile");
            Assert.Equal(expectedError.GetString(), error!.Message);
            Assert.Equal(root.GetProperty("pos").GetInt32(), error.Position);
            return;
        }

        Assert.True(regex is not null, $"line {line}: /{pattern}/ failed to compile: {error}");
        var input = root.GetProperty("s").GetString()!;
        if (root.TryGetProperty("all", out var all))
        {
            Assert.Equal(Pairs(all), regex.FindAll(input).Select(m => (m.Index, m.Index + m.Length)));
            return;
        }

        var expectedSlots = root.GetProperty("m");
        var match = regex.Find(input);
        Assert.Equal(expectedSlots.ValueKind != JsonValueKind.Null, regex.IsMatch(input));
        if (expectedSlots.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(match);
            return;
        }

        Assert.NotNull(match);
        var slots = match.Groups.SelectMany(g => g.Success ? new[] { g.Index, g.Index + g.Length } : [-1, -1]);
        Assert.Equal(expectedSlots.EnumerateArray().Select(e => e.GetInt32()), slots);
    }

    [Theory]
    [MemberData(nameof(MatchCaseLines))]
    public void Case_behaves_as_re2_does_on_a_utf16_span(int line)
    {
        var (root, _, regex, _) = Compile(line);
        var input = root.GetProperty("s").GetString()!.ToCharArray();

        AssertMatchCase(root, regex!, index => index,
            r => r.IsMatch(input.AsSpan()),
            (r, groups) => r.TryFindGroups(input.AsSpan(), 0, groups),
            r => All(r.EnumerateMatches(input.AsSpan())));
    }

    [Theory]
    [MemberData(nameof(Utf8MatchCaseLines))]
    public void Case_behaves_as_re2_does_on_utf8_bytes(int line)
    {
        var (root, _, regex, _) = Compile(line);
        var text = root.GetProperty("s").GetString()!;
        var bytes = Encoding.UTF8.GetBytes(text);

        AssertMatchCase(root, regex!, offset => Encoding.UTF8.GetCharCount(bytes, 0, offset),
            r => r.IsMatch(bytes),
            (r, groups) => r.TryFindGroups(bytes, 0, groups),
            r => All(r.EnumerateMatches(bytes)));
    }

    private static void AssertMatchCase(
        JsonElement root,
        Re2Regex regex,
        Func<int, int> toUtf16,
        Func<Re2Regex, bool> isMatch,
        Func<Re2Regex, Re2Bounds[], bool> findGroups,
        Func<Re2Regex, List<Re2Bounds>> findAll)
    {
        if (root.TryGetProperty("all", out var all))
        {
            Assert.Equal(Pairs(all), findAll(regex).Select(b => (toUtf16(b.Index), toUtf16(b.End))));
            return;
        }

        var expectedSlots = root.GetProperty("m");
        var groups = new Re2Bounds[regex.GroupCount + 1];
        var found = findGroups(regex, groups);
        Assert.Equal(expectedSlots.ValueKind != JsonValueKind.Null, isMatch(regex));
        Assert.Equal(expectedSlots.ValueKind != JsonValueKind.Null, found);
        if (found)
        {
            var slots = groups.SelectMany(g => g.Success ? new[] { toUtf16(g.Index), toUtf16(g.End) } : [-1, -1]);
            Assert.Equal(expectedSlots.EnumerateArray().Select(e => e.GetInt32()), slots);
        }
    }

    private static List<Re2Bounds> All(Re2MatchEnumerator matches)
    {
        var all = new List<Re2Bounds>();
        foreach (var match in matches)
        {
            all.Add(match);
        }

        return all;
    }

    private static (JsonElement Root, string Pattern, Re2Regex? Regex, Re2Error? Error) Compile(int line)
    {
        var root = Parse(ReadCases()[line - 1]);
        var pattern = root.GetProperty("p").GetString()!;
        var options = new Re2Options { CaseInsensitive = root.TryGetProperty("i", out var fold) && fold.GetBoolean() };
        Re2Regex.TryCompile(pattern, options, out var regex, out var error);
        return (root, pattern, regex, error);
    }

    private static (int, int)[] Pairs(JsonElement all) => [.. all.EnumerateArray().Select(m => (m[0].GetInt32(), m[1].GetInt32()))];

    private static TheoryData<int> Lines(Func<JsonElement, bool> include)
    {
        var data = new TheoryData<int>();
        var lines = ReadCases();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !lines[i].Contains("\"note\"", StringComparison.Ordinal)
                && include(Parse(lines[i])))
            {
                data.Add(i + 1);
            }
        }

        return data;
    }

    /// <summary>Whether the text has no unpaired surrogate, so that its UTF-8 form says the same thing.</summary>
    private static bool IsValidUnicode(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonElement Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.Clone();
    }

    private static string[] ReadCases() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Regex.Tests", "re2-cases.jsonl"));
}
