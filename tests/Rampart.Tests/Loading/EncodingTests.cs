using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class EncodingTests
{
    [Fact]
    public void Invalid_utf8_is_reported_with_its_byte_offset_line_and_column_and_other_documents_load()
    {
        byte[] content = [.. "a: 1\n---\nb: x"u8, 0xC3, 0x28, .. "\n---\nc: 3\n"u8];

        var documents = Loaded.Bytes(content);

        Assert.Equal(3, documents.Count);
        var problem = Assert.Single(documents[1].Problems);
        Assert.Equal(LoadRules.InvalidEncoding.Id, problem.RuleId);
        Assert.Equal((3, 5), problem.At());
        Assert.Contains("byte 0xC3 at offset 13", problem.Message, StringComparison.Ordinal);
        Assert.Null(documents[1].Root);
        Assert.Equal(3, documents[2].Root.Map()["c"].Scalar().Int);
    }

    [Fact]
    public void A_truncated_multibyte_sequence_at_the_end_is_invalid()
    {
        var documents = Loaded.Bytes([.. "a: "u8, 0xE2, 0x82]);

        Assert.Equal(LoadRules.InvalidEncoding.Id, Assert.Single(Assert.Single(documents).Problems).RuleId);
    }

    [Fact]
    public void A_multibyte_character_split_across_reads_is_valid()
    {
        var text = new string('x', (64 * 1024) - 4);
        byte[] content = [.. "a: "u8, .. System.Text.Encoding.UTF8.GetBytes(text), .. "é€\n"u8];

        var document = Assert.Single(Loaded.Bytes(content));

        Assert.Empty(document.Problems);
        Assert.EndsWith("é€", document.Root.Map()["a"].Scalar().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 })]
    public void Utf16_files_are_reported(byte[] content)
    {
        var problem = Assert.Single(Assert.Single(Loaded.Bytes(content)).Problems);

        Assert.Equal(LoadRules.InvalidEncoding.Id, problem.RuleId);
        Assert.Equal((1, 1), problem.At());
    }

    [Fact]
    public void A_nul_byte_near_the_start_marks_the_file_as_binary()
    {
        var fromBytes = Assert.Single(Loaded.Bytes([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x12]));
        var fromText = Assert.Single(Loaded.Documents("a: b\0c\n"));

        Assert.Equal(LoadRules.BinaryContent.Id, Assert.Single(fromBytes.Problems).RuleId);
        Assert.Equal(LoadRules.BinaryContent.Id, Assert.Single(fromText.Problems).RuleId);
    }

    [Fact]
    public void A_control_character_is_reported_at_its_line_and_column_and_other_documents_load()
    {
        var documents = Loaded.Documents("a: 1\n---\nb: x\u0007y\n---\nc: 3\n");

        var problem = Assert.Single(documents[1].Problems);
        Assert.Equal(LoadRules.BinaryContent.Id, problem.RuleId);
        Assert.Equal((3, 5), problem.At());
        Assert.Contains("U+0007", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(documents[0].Root);
        Assert.NotNull(documents[2].Root);
    }
}
