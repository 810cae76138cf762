using System.Diagnostics;
using Rampart.Loading;

namespace Rampart.Benchmarks;

/// <summary>
/// `load-readers DIR [ROUNDS]`: loads every YAML file under DIR on one thread, with the block reader and with the full
/// parser alone, and prints the CPU time, the speed and the bytes allocated of each round.
/// </summary>
internal static class LoadReaders
{
    public static void Run(string directory, int rounds)
    {
        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{files.Length} files, {bytes / 1024.0 / 1024.0:F1} MB");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var block in new[] { true, false })
            {
                var counts = new ReaderCounts();
                var loader = new YamlLoader { BlockReader = block, Counts = counts };
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var documents = 0;
                foreach (var file in files)
                {
                    documents += loader.LoadFile(file, file).Count();
                }

                var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                Console.WriteLine($"{(block ? "block reader" : "full parser "),-12}: {documents} documents ({counts.Block} parts by the block reader), "
                    + $"{seconds:F2} s CPU, {bytes / 1024.0 / 1024.0 / seconds:F1} MB/s, {allocated / 1024.0 / 1024.0:F0} MB allocated");
            }
        }
    }
}
