using System.Text;
using Rampart.Gate;

namespace Rampart.Tests.Gate;

public sealed class BaselineReadTests : IDisposable
{
    private readonly string path = Path.GetTempFileName();

    public void Dispose() => File.Delete(path);

    [Fact]
    public void Bytes_that_are_not_utf8_are_an_error_naming_the_file_and_line()
    {
        var text = Encoding.UTF8.GetBytes("{\"version\": 1, \"findings\": [\n  {\"fingerprint\": \"0123456789abcdef\",\n   \"path\": \"dev/");
        File.WriteAllBytes(path, [.. text, 0xC3, 0x28, .. "\"}]}"u8.ToArray()]);

        var read = Baseline.Read(path);

        Assert.Null(read.Baseline);
        Assert.Equal($"{path}:3: not UTF-8 (byte {text.Length} cannot be decoded)", read.Error);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"0123456789abcdeg\"")]
    [InlineData("\"0123456789abcdef0\"")]
    [InlineData("\" 123456789abcdef\"")]
    public void A_fingerprint_that_is_not_16_hex_digits_is_an_error_naming_the_file(string fingerprint)
    {
        File.WriteAllText(path, $"{{\"version\": 1, \"findings\": [{{\"fingerprint\": \"0123456789ABCDEF\"}}, {{\"fingerprint\": {fingerprint}}}]}}");

        var read = Baseline.Read(path);

        Assert.Null(read.Baseline);
        Assert.StartsWith($"{path}:1: findings[1] has fingerprint '", read.Error, StringComparison.Ordinal);
        Assert.EndsWith("', which is not 16 hex digits", read.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"fingerprint\": \"0123456789abcdef\", \"path\": 3}", "findings[0] has a \"path\" that is not a string")]
    [InlineData("{\"fingerprint\": \"0123456789abcdef\", \"ruleId\": [\"x\"]}", "findings[0] has a \"ruleId\" that is not a string")]
    [InlineData("{\"fingerprint\": \"\\ud800123456789abc\"}", "not valid JSON")]
    [InlineData("{\"fingerprint\": \"0123456789abcdef\", \"path\": \"\\udfff\"}", "not valid JSON")]
    public void Other_malformed_entries_are_errors_too(string entry, string message)
    {
        File.WriteAllText(path, $"{{\"version\": 1, \"findings\": [{entry}]}}");

        var read = Baseline.Read(path);

        Assert.Null(read.Baseline);
        Assert.StartsWith(path, read.Error, StringComparison.Ordinal);
        Assert.Contains(message, read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_entry_is_reported_at_its_line()
    {
        File.WriteAllText(path, "{\"version\": 1,\n \"findings\": [\n  {\"fingerprint\": \"0123456789abcdef\"},\n\n  {\"fingerprint\": \"0123456789abcdef\",\n   \"path\": 3}]}\n");

        var read = Baseline.Read(path);

        Assert.Equal($"{path}:5: findings[1] has a \"path\" that is not a string", read.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_baseline_is_reported_at_the_line_of_its_value()
    {
        File.WriteAllText(path, "\n\n[{\"version\": 1}]\n");

        var read = Baseline.Read(path);

        Assert.StartsWith($"{path}:3: not a Rampart baseline of version 1", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_of_exactly_the_limit_is_read_and_one_byte_more_is_refused()
    {
        WriteBaselinePaddedTo(Baseline.MaxBytes);
        var atLimit = Baseline.Read(path);
        WriteBaselinePaddedTo(Baseline.MaxBytes + 1);
        var overLimit = Baseline.Read(path);

        Assert.Null(atLimit.Error);
        Assert.Empty(atLimit.Baseline!.Entries);
        Assert.Null(overLimit.Baseline);
        Assert.Equal($"{path}: the file is over the {64 * 1024 * 1024}-byte limit", overLimit.Error);
    }

    /// <summary>An empty baseline followed by spaces up to <paramref name="size"/> bytes.</summary>
    private void WriteBaselinePaddedTo(long size)
    {
        var head = "{\"version\": 1, \"findings\": []}"u8.ToArray();
        using var file = File.Create(path);
        file.Write(head);
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var left = size - head.Length; left > 0; left -= spaces.Length)
        {
            file.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
        }
    }
}
