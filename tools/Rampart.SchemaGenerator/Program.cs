using System.IO.Compression;
using Rampart.SchemaGenerator;

// Usage: dotnet run --project tools/Rampart.SchemaGenerator [-- OUTPUT.json.gz]
//        dotnet run --project tools/Rampart.SchemaGenerator -- ecosystem CORPUS [OUTPUT.json.gz]
// Writes the built-in schema set that src/Rampart embeds, or the ecosystem CRD schemas.
var root = FindRoot();
if (args.Length > 0 && args[0] == "ecosystem")
{
    if (args.Length < 2)
    {
        Console.Error.WriteLine("usage: ecosystem CORPUS [OUTPUT.json.gz]");
        return 2;
    }

    return EcosystemCommand.Run(Path.GetFullPath(args[1]), args.Length > 2
        ? Path.GetFullPath(args[2])
        : Path.Combine(root, "src", "Rampart", "Schemas", "BuiltIn", "ecosystem-crds.json.gz"));
}

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
