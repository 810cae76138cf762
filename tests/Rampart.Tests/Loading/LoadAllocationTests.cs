using System.Text;
using Rampart.Loading;
using Rampart.Testing;

namespace Rampart.Tests.Loading;

/// <summary>What loading allocates, counted in bytes on the loading thread (never timed).</summary>
public sealed class LoadAllocationTests
{
    private const string Manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
        spec:
          replicas: 2
          template:
            spec:
              containers:
                - name: web
                  image: registry.example/web:1.4.2
                  resources:
                    limits:
                      cpu: 500m
                      memory: 256Mi
        """;

    [Fact]
    public void Loading_a_file_allocates_in_proportion_to_its_documents()
    {
        Assert.Equal(40, LoadAll(Stream(40)));
        Work.AssertLinear(documents => Work.AllocatedBy(() => LoadAll(Stream(documents))), size: 40);
    }

    [Fact]
    public void Cutting_files_into_documents_reuses_the_character_buffer()
    {
        // One document of 200,000 characters with no marker: held whole until the input ends.
        var text = Padded(10_000);
        var chunks = new Queue<DocumentChunk>();
        var allocated = Work.AllocatedBy(() =>
        {
            using var splitter = new DocumentSplitter("a.yaml");
            for (var at = 0; at < text.Length; at += 4096)
            {
                splitter.Append(text.AsSpan(at, Math.Min(4096, text.Length - at)), chunks);
            }
        });
        TestContext.Current.TestOutputHelper?.WriteLine($"{text.Length:N0} characters held, {allocated:N0} bytes allocated");

        Assert.Empty(chunks);
        // A buffer grown afresh for every file costs at least twice the characters held (two bytes each).
        Assert.True(allocated < text.Length, $"{text.Length:N0} characters held, {allocated:N0} bytes allocated");
    }

    [Fact]
    public void Resolving_a_plain_integer_that_reads_the_same_everywhere_makes_no_string()
    {
        var resolved = ScalarResolver.Resolve("8080", plain: true, tag: null);
        var allocated = Work.AllocatedBy(() => ScalarResolver.Resolve("8080", plain: true, tag: null));

        Assert.Equal(ScalarKind.Int, resolved.Kind);
        Assert.Null(resolved.Ambiguity);
        Assert.Equal(0, allocated);
        Assert.NotNull(ScalarResolver.Resolve("0644", plain: true, tag: null).Ambiguity);
    }

    private static int LoadAll(MemoryStream stream)
    {
        stream.Position = 0;
        var count = 0;
        foreach (var document in new YamlLoader().Load("a.yaml", stream))
        {
            Assert.Empty(document.Problems);
            count += document.Root is MappingNode ? 1 : 0;
        }

        return count;
    }

    private static MemoryStream Stream(int documents)
    {
        var text = new StringBuilder();
        for (var i = 0; i < documents; i++)
        {
            text.Append("---\n").Append(Manifest).Append('\n');
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Padded(int keys)
    {
        var text = new StringBuilder(Manifest).Append("\ndata:\n");
        for (var i = 0; i < keys; i++)
        {
            text.Append("  key").Append(i).Append(": v\n");
        }

        return text.ToString();
    }
}
