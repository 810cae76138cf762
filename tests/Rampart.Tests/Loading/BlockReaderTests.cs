using System.Text;
using Rampart.Loading;
using Rampart.Testing;

namespace Rampart.Tests.Loading;

/// <summary>
/// The block reader builds the tree the full parser builds, or leaves the document to it: both readers run over
/// generated documents, hostile ones, and every YAML file of the repository and the corpus, and every document must
/// come out the same (<see cref="ReaderComparison"/>). The counts say how many documents the block reader took.
/// </summary>
public sealed class BlockReaderTests
{
    private const string Manifest = """
        # a comment before the document
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app.kubernetes.io/name: web
          annotations:
            "quoted/key": 'single ''quoted'''
        spec:
          replicas: 2
          template:
            spec:
              containers:
              - name: web
                image: "registry.example/web:1.4.2"   # pinned
                args: ["--flag"]
        ---
        apiVersion: v1
        kind: ConfigMap
        data:
          script: |
            #!/bin/sh
            echo "a # b"

          folded: >-
            one
            two

              indented
            three
          mode: 0644
          enabled: on
          empty:
          nothing: ~
        ...
        """;

    [Fact]
    public void Plain_manifests_take_the_block_reader_and_nested_flow_mappings_the_full_parser()
    {
        var counts = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("a.yaml", Manifest, counts));

        Assert.Equal(2, counts.Block);
        Assert.Equal(0, counts.Full);

        // A flow mapping inside a flow mapping sends the Deployment to the full parser; the ConfigMap comes after it in the chunk.
        var flow = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("a.yaml", Manifest.Replace("args: [\"--flag\"]", "args: {a: {b: 1}}", StringComparison.Ordinal), flow));
        Assert.Equal(0, flow.Block);
        Assert.Equal(2, flow.Full);
    }

    [Theory]
    [InlineData("labels: {app: web}\n")]
    [InlineData("requests: {cpu: 100m, memory: 128Mi}\n")]
    [InlineData("envFrom:\n- configMapRef: {name: x}\n- {a: 1, 'b': \"2\"}   # c\n")]
    [InlineData("a: { \"k, v\" : 'x: y' ,b: \"}#\" }\n")]
    [InlineData("a: {on: yes, 0644: ~, x: .inf, t: 2001-12-14}\n")]
    [InlineData("a: {é: 日本, \"\\u00e8\": 'it''s'}\r\nb: {}\r\n")]
    [InlineData("securityContext: {capabilities: [\"ALL\"], runAsUser: 1000, drop: [], x: [a, 'b']}\n")]
    [InlineData("a: {a b: x y, -c: -1, d: e - f}\n")]
    public void One_line_flow_mappings_of_scalars_take_the_block_reader(string yaml)
    {
        var counts = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("f.yaml", yaml, counts));
        Assert.Equal(1, counts.Block);
        Assert.Equal(0, counts.Full);
    }

    [Theory]
    [InlineData("a: {a}\n")]
    [InlineData("a: {a: }\n")]
    [InlineData("a: {a: 1,}\n")]
    [InlineData("a: {? a: b}\n")]
    [InlineData("a: {\"a\":1}\n")]
    [InlineData("a: {a:1}\n")]
    [InlineData("a: {a: 1 # c}\n")]
    [InlineData("a: {a: &x 1}\n")]
    [InlineData("a: {a: !!str 1}\n")]
    [InlineData("a: {a: {b: 1}}\n")]
    [InlineData("a: {a: [b, {c: 1}]}\n")]
    [InlineData("a: {a: 1,\n  b: 2}\n")]
    [InlineData("a: {a: 1, a: 2}\n")]
    [InlineData("a: {<<: {}}\n")]
    [InlineData("a: {~: 1}\n")]
    [InlineData("a: {a: 1}}\n")]
    [InlineData("a: {{a: 1}\n")]
    [InlineData("a: {a: 1\n")]
    [InlineData("a: {a: b: c}\n")]
    [InlineData("a: {a: http://x}\n")]
    [InlineData("a: {d: - e}\n")]
    public void Unusual_flow_mappings_go_to_the_full_parser(string yaml)
    {
        var counts = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("f.yaml", yaml, counts));
        Assert.Equal(0, counts.Block);
    }

    [Fact]
    public void Long_and_unbalanced_flow_mappings_load_the_same_with_both_readers()
    {
        var pairs = "a: {" + string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"k{i}: v{i}")) + "}\n";
        var counts = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("p.yaml", pairs, counts));
        Assert.Equal(1, counts.Block);

        var longKey = "a: {" + new string('k', 5000) + ": v, \"" + new string('q', 5000) + "\": w}\n";
        var longValue = "a: {k: " + new string('v', 1 << 20) + ", q: '" + new string('w', 1 << 20) + "'}\n";
        var open = "a: " + new string('{', 10_000) + "\n";
        var closed = "a: {a: 1" + new string('}', 10_000) + "\n";
        var unbalanced = "a: {" + string.Concat(Enumerable.Repeat("k: [v, ", 2000)) + "\n";
        foreach (var yaml in new[] { longKey, longValue, open, closed, unbalanced })
        {
            Assert.Null(ReaderComparison.Difference("p.yaml", yaml, new ReaderCounts()));
        }

        var shallow = new ReaderCounts();
        var nested = string.Concat(Enumerable.Range(0, 17).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 17) + "k: {a: [b]}\n";
        for (var depth = 17; depth <= 22; depth++)
        {
            Assert.Null(ReaderComparison.Difference("d.yaml", nested, shallow, limits: LoadLimits.Default with { MaxDepth = depth }));
        }

        Assert.True(shallow.Block > 0, "no depth limit let the block reader take the nested flow mapping");
    }

    [Fact]
    public void Generated_documents_load_the_same_with_both_readers()
    {
        var counts = new ReaderCounts();
        var failures = new List<string>();
        for (var seed = 0; seed < 3000 && failures.Count < 5; seed++)
        {
            var text = new BlockDocuments(seed).Next();
            if (ReaderComparison.Difference("g.yaml", text, counts, origins: seed % 2 == 0) is { } difference)
            {
                failures.Add($"seed {seed}: {difference}\n---- text:\n{text}\n----");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"block reader: {counts.Block} parts, full parser: {counts.Full}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // Most generated files hold something only the full parser reads, and then it reads their whole group of documents.
        Assert.True(counts.Block >= 500, $"block reader: {counts.Block} parts, full parser: {counts.Full}");
    }

    [Fact]
    public void Generated_flow_mappings_load_the_same_with_both_readers()
    {
        var counts = new ReaderCounts();
        var failures = new List<string>();
        for (var seed = 0; seed < 3000 && failures.Count < 5; seed++)
        {
            var text = new BlockDocuments(seed).NextFlow();
            if (ReaderComparison.Difference("g.yaml", text, counts, origins: seed % 2 == 0) is { } difference)
            {
                failures.Add($"seed {seed}: {difference}\n---- text:\n{text}\n----");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"block reader: {counts.Block} parts, full parser: {counts.Full}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // Some generated values hold what only the full parser reads (an unterminated quote, a key repeated, a plain scalar with an indicator).
        Assert.True(counts.Block >= 300, $"block reader: {counts.Block} parts, full parser: {counts.Full}");
    }

    public static TheoryData<string> Hostile => new(
        "a: 1\n",
        "\uFEFFa: 1\n",
        "a: 1\r\nb:\r\n  - x\r\n",
        "a: 1   \nb: 'x'   \n",
        "a: '# not a comment'\nb: \"x # y\"\nc: x#y\n",
        "a: 'k: v'\nb: \"k: v\"\n",
        "a:b: c\n",
        "\"a:b\": c\n'x: y': z\n",
        "a:\nb: \nc: ~\nd: null\ne: Null\n",
        "a: 0644\nb: 0x1F\nc: 0o17\nd: 0b11\ne: 1e3\nf: .5\ng: 1_000\nh: 9223372036854775808\n",
        "a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\ng: True\n",
        "a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\nc: 1:20\n",
        "a: .nan\nb: .inf\nc: -.Inf\n",
        "on: 1\n0644: x\n",
        "a: 1\na: 2\n",
        "a:\n  b: 1\n a: 2\n",
        "a:\n\tb: 1\n",
        "a: b\n  c\n",
        "a: 'b\n  c'\n",
        "- - a\n  - b\n",
        "-\n- a\n-   \n",
        "a:\n- b\n- c\nd: e\n",
        "a: |2\n   x\n",
        "a: |\n    x\n   y\n",
        "a: |\n\n\n  x\n\n\n",
        "a: >\n  x\n\n  y\n   z\n  w\n",
        "a: |+\n  x\n\n",
        "a: |-\n  x\n\n",
        "a: |\n  x",
        "a: x",
        "a: 'x'",
        "---\n",
        "--- # c\n# only a comment\n",
        "# only a comment\n",
        "a: 1\n...\n# after\n",
        "a: 1\n---\nb: 2\n---\n- c\n",
        "key with spaces: value with spaces\n",
        "a: \"\\x41\\u00e9\\U0001F600\\t\\n\"\n",
        "a: \"\\q\"\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "? a\n: b\n",
        "a: {{ .Values.x }}\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n%YAML 1.1\n---\nb: 2\n",
        "a: 1\n  # indented comment\nb: 2\n",
        "  a: 1\n  b: 2\n",
        "a: x # c\nb: x #c\nc: x#c\n",
        "a: -\n",
        "a: - b\n",
        "<<: {a: 1}\n",
        "a: {a: 1}\nb: {'x': \"y\", z: [1, on]}\n- {a: 1}\n",
        "- {a: 1}\n- {b: [x], c: ''}\n- {} \n",
        "a: {a: -}\n",
        "a: {a: -, b: 1}\n",
        "a: [-]\nb: [-, a]\nc: [a, -]\n",
        "a: {-: 1}\n",
        "b: {a: x - }\n",
        "c: {\"a\" : 'b'}\n",
        "a: {a: 'x'y}\nb: {a: \"x\" , c: d}\n",
        "a: {a: [b]x}\n",
        "a: {b: 1}\n  c: 2\n",
        "a: {b: 1}\n- c\n",
        "- {b: 1}: c\n",
        "a: {b: 1} #c\nd: {'e': [f]}#c\n",
        "a: {a: 😀}\n",
        "a: é日本\n",
        "a: 😀\n",
        "a:\n  b: 1\n  ",
        "a:\n  b: 1\n# c",
        "a: |\n  x\n  ",
        "a: \"x\"#c\n",
        "a: |\n  \n  x\n",
        "a: >\n   \n  x\n",
        "a: [\"ALL\"]\nb: []\nc: {}\nd:\n- [a, 'b', \"c\"]\n",
        "a: [on, 0644, .nan]\n",
        "a: [a, ]\nb: [a: b]\n",
        "a: {{ .Values.x }}\nb: 1\n");

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_documents_load_the_same_with_both_readers(string yaml)
    {
        var counts = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("h.yaml", yaml, counts));
        Assert.Null(ReaderComparison.DifferenceOfBytes("h.yaml", Encoding.UTF8.GetBytes(yaml), counts));
    }

    [Fact]
    public void Deep_nesting_and_huge_scalars_load_the_same_with_both_readers()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            deep.Append(' ', i).Append("k:\n");
        }

        var counts = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("d.yaml", deep.ToString(), counts));
        Assert.Null(ReaderComparison.Difference("d.yaml", deep.ToString(), counts, limits: LoadLimits.Default with { MaxDepth = 20 }));
        Assert.Equal(0, counts.Block);

        var shallow = new ReaderCounts();
        Assert.Null(ReaderComparison.Difference("d.yaml", string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "k:\n")), shallow));
        Assert.Equal(1, shallow.Block);

        var huge = "a: " + new string('x', 1 << 20) + "\nb: '" + new string('y', 1 << 20) + "'\n" + new string('k', 2000) + ": v\n";
        Assert.Null(ReaderComparison.Difference("h.yaml", huge, new ReaderCounts()));
    }

    [Fact]
    public void The_block_reader_allocates_less_than_the_full_parser_and_in_proportion_to_the_documents()
    {
        var text = string.Concat(Enumerable.Repeat(Manifest.Replace("args: [\"--flag\"]", "args:\n      - --flag", StringComparison.Ordinal) + "\n---\n", 40));
        long Allocated(bool block, string yaml) => Work.AllocatedBy(() => Assert.NotEmpty(new YamlLoader { BlockReader = block }.Load("a.yaml", yaml).ToList()));

        var fast = Allocated(block: true, text);
        var full = Allocated(block: false, text);
        TestContext.Current.TestOutputHelper?.WriteLine($"block reader {fast:N0} bytes, full parser {full:N0} bytes for 80 documents");
        Assert.True(fast * 2 < full, $"block reader {fast:N0} bytes, full parser {full:N0} bytes");
        Work.AssertLinear(copies => Allocated(block: true, string.Concat(Enumerable.Repeat(text, copies))), size: 1);
    }
}
