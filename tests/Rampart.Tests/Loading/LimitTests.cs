using System.Text;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class LimitTests
{
    [Fact]
    public void Nesting_deeper_than_the_limit_is_reported_at_the_first_collection_too_deep()
    {
        var limits = new LoadLimits { MaxDepth = 3 };

        var problem = Loaded.Problem("a:\n  b:\n    c:\n      d: 1\n", LoadRules.TooDeep, limits);

        Assert.Equal((4, 7), problem.At());
    }

    [Fact]
    public void Nesting_up_to_the_limit_loads()
    {
        var limits = new LoadLimits { MaxDepth = 3 };

        Assert.Empty(Loaded.Problems("a:\n  b:\n    c: 1\n", limits));
    }

    [Fact]
    public void A_hundred_thousand_nested_brackets_give_one_finding_and_the_next_document_loads()
    {
        var yaml = new string('[', 100_000) + "\n---\nnext: 1\n";

        var documents = Loaded.Documents(yaml);

        Assert.Equal(2, documents.Count);
        var problem = Assert.Single(documents[0].Problems);
        Assert.Equal(LoadRules.TooDeep.Id, problem.RuleId);
        Assert.Equal((1, 257), problem.At());
        Assert.NotNull(documents[1].Root);
    }

    [Fact]
    public void A_hundred_thousand_nested_block_sequences_give_one_finding()
    {
        var yaml = string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n";

        var problem = Loaded.Problem(yaml, LoadRules.TooDeep);

        Assert.Equal(1, problem.Location.Line);
    }

    [Fact]
    public void Deep_flow_mappings_give_one_finding()
    {
        var yaml = string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "1" + new string('}', 50_000);

        Assert.Equal(LoadRules.TooDeep.Id, Assert.Single(Loaded.Problems(yaml)).RuleId);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_loaded()
    {
        var limits = new LoadLimits { MaxFileBytes = 100 };
        var yaml = string.Concat(Enumerable.Range(0, 20).Select(i => $"key{i}: value\n"));

        var fromText = Assert.Single(Loaded.Documents(yaml, limits));
        var fromStream = Assert.Single(Loaded.Utf8(yaml, limits));

        Assert.Equal(LoadRules.FileTooLarge.Id, Assert.Single(fromText.Problems).RuleId);
        Assert.Equal((1, 1), Assert.Single(fromText.Problems).At());
        Assert.Equal(LoadRules.FileTooLarge.Id, Assert.Single(fromStream.Problems).RuleId);
    }

    [Fact]
    public void An_unseekable_stream_over_the_limit_stops_with_a_finding_after_the_documents_read()
    {
        var limits = new LoadLimits { MaxFileBytes = 70_000 };
        var yaml = "first: 1\n---\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"k{i}: v\n"));
        using var stream = new OneWayStream(Encoding.UTF8.GetBytes(yaml));

        var documents = new YamlLoader(limits).Load("big.yaml", stream).ToList();

        Assert.Equal(1, documents[0].Root.Map()["first"].Scalar().Int);
        Assert.Equal(LoadRules.FileTooLarge.Id, Assert.Single(documents[^1].Problems).RuleId);
    }

    /// <summary>A stream that cannot seek, like a pipe.</summary>
    private sealed class OneWayStream(byte[] content) : Stream
    {
        private readonly MemoryStream inner = new(content);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
