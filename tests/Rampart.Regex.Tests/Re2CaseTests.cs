using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Regex.Tests;

/// <summary>
/// Runs every case of re2-cases.jsonl: expected match positions, FindAll results, and the compile errors
/// RE2 gives (text and position). The expectations are written by hand from RE2's documented behaviour.
/// </summary>
public sealed class Re2CaseTests
{
    public static TheoryData<int> CaseLines()
    {
        var data = new TheoryData<int>();
        var lines = ReadCases();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains("\"note\"", StringComparison.Ordinal) && lines[i].Length > 0)
            {
                data.Add(i + 1);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseLines))]
    public void Case_behaves_as_re2_does(int line)
    {
        var text = ReadCases()[line - 1];
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var pattern = root.GetProperty("p").GetString()!;
        var options = new Re2Options { CaseInsensitive = root.TryGetProperty("i", out var fold) && fold.GetBoolean() };
        var compiled = Re2Regex.TryCompile(pattern, options, out var regex, out var error);

        if (root.TryGetProperty("err", out var expectedError))
        {
            Assert.False(compiled, $"line {line}: /{pattern}/ should not compile");
            Assert.Equal(expectedError.GetString(), error!.Message);
            Assert.Equal(root.GetProperty("pos").GetInt32(), error.Position);
            return;
        }

        Assert.True(compiled, $"line {line}: /{pattern}/ failed to compile: {error}");
        var input = root.GetProperty("s").GetString()!;
        if (root.TryGetProperty("all", out var all))
        {
            var expected = all.EnumerateArray().Select(m => (m[0].GetInt32(), m[1].GetInt32())).ToArray();
            var actual = regex!.FindAll(input).Select(m => (m.Index, m.Index + m.Length)).ToArray();
            Assert.Equal(expected, actual);
            return;
        }

        var expectedSlots = root.GetProperty("m");
        var match = regex!.Find(input);
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

    private static string[] ReadCases() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Regex.Tests", "re2-cases.jsonl"));
}
