using System.Globalization;
using BenchmarkDotNet.Running;
using Rampart.Benchmarks;

// `generate-repo DIR [RESOURCES]` writes the synthetic repository used by bench/scan-throughput.sh;
// anything else goes to BenchmarkDotNet.
if (args is ["generate-repo", var directory, ..])
{
    var resources = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50_000;
    var (files, written, bytes) = RepositoryGenerator.Generate(directory, resources);
    Console.WriteLine($"wrote {written} resources in {files} files, {bytes / 1024.0 / 1024.0:F1} MB, to {directory}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RepositoryGenerator).Assembly).Run(args);
