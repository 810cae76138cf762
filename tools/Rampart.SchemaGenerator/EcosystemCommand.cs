using System.IO.Compression;
using Rampart.Schemas;

namespace Rampart.SchemaGenerator;

/// <summary>
/// <c>ecosystem CORPUS [OUTPUT]</c>: writes the embedded ecosystem CRD schemas from the published CRD files that
/// <c>ecosystem-crds.txt</c> lists (paths relative to CORPUS).
/// </summary>
internal static class EcosystemCommand
{
    public static int Run(string corpus, string output)
    {
        var files = new List<(string, string)>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ecosystem-crds.txt")))
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                var path = Path.Combine(corpus, entry);
                if (!File.Exists(path))
                {
                    Console.Error.WriteLine($"{path}: no such file");
                    return 1;
                }

                files.Add((entry, File.ReadAllText(path)));
            }
        }

        var problems = new List<string>();
        var json = EcosystemSchemaWriter.Write(files, problems);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            return 1;
        }

        using (var file = File.Create(output))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            gzip.Write(json);
        }

        Console.WriteLine($"wrote {output}: {json.Length:N0} bytes of JSON, {new FileInfo(output).Length:N0} compressed");
        return 0;
    }
}
