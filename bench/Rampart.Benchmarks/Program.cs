using System.Globalization;
using BenchmarkDotNet.Running;
using Rampart.Benchmarks;

// `generate-repo DIR [RESOURCES]` writes the synthetic repository used by bench/scan-throughput.sh;
// `load-readers DIR [ROUNDS]` times loading with and without the block reader; anything else goes to BenchmarkDotNet.
if (args is ["generate-repo", var directory, ..])
{
    var resources = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50_000;
    var (files, written, bytes) = RepositoryGenerator.Generate(directory, resources);
    Console.WriteLine($"wrote {written} resources in {files} files, {bytes / 1024.0 / 1024.0:F1} MB, to {directory}");
    return;
}

if (args is ["load-readers", var folder, ..])
{
    LoadReaders.Run(folder, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RepositoryGenerator).Assembly).Run(args);
