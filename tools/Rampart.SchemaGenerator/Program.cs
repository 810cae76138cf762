using System.IO.Compression;
using Rampart.SchemaGenerator;

// Usage: dotnet run --project tools/Rampart.SchemaGenerator [-- OUTPUT.json.gz]
// Writes the built-in schema set that src/Rampart embeds.
var root = FindRoot();
var output = args.Length > 0
    ? Path.GetFullPath(args[0])
    : Path.Combine(root, "src", "Rampart", "Schemas", "BuiltIn", "kubernetes-builtin.json.gz");
var facts = Facts.Load(Path.Combine(AppContext.BaseDirectory, "facts.txt"));
var json = ModelSchemaWriter.Write(facts, out var problems);
if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
using (var file = File.Create(output))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
{
    gzip.Write(json);
}

Console.WriteLine($"wrote {output}: {json.Length:N0} bytes of JSON, {new FileInfo(output).Length:N0} compressed");
return 0;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rampart.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("cannot find Rampart.slnx");
}
