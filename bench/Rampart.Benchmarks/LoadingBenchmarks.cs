using System.Text;
using BenchmarkDotNet.Attributes;
using Rampart.Kubernetes;
using Rampart.Loading;
using YamlDotNet.Core;

namespace Rampart.Benchmarks;

/// <summary>
/// Loading throughput on one multi-document manifest file of 3,000 resources (about 3 MB): YamlDotNet's events
/// alone (the floor), events to positioned trees from text and from UTF-8 bytes, and trees plus Kubernetes
/// objects. MB/s = file size / mean time.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class LoadingBenchmarks
{
    private string text = "";
    private byte[] utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        text = LoadingManifests.Create(3000);
        utf8 = Encoding.UTF8.GetBytes(text);
        Console.WriteLine($"// loading input: {utf8.Length:N0} bytes, 3,000 resources");
    }

    [Benchmark(Baseline = true)]
    public int ParserEventsOnly()
    {
        var parser = new Parser(new StringReader(text));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    [Benchmark]
    public int TreesFromText()
    {
        var documents = 0;
        foreach (var document in new YamlLoader().Load("bench.yaml", text))
        {
            documents += document.Root is null ? 0 : 1;
        }

        return documents;
    }

    [Benchmark]
    public int TreesFromUtf8Stream()
    {
        var documents = 0;
        foreach (var document in new YamlLoader().Load("bench.yaml", new MemoryStream(utf8, writable: false)))
        {
            documents += document.Root is null ? 0 : 1;
        }

        return documents;
    }

    [Benchmark]
    public int TreesAndObjects()
    {
        var objects = new List<KubernetesObject>();
        var problems = new List<Findings.Finding>();
        foreach (var document in new YamlLoader().Load("bench.yaml", new MemoryStream(utf8, writable: false)))
        {
            ObjectReader.Read(document, isManifest: true, objects, problems);
        }

        return objects.Count;
    }
}
