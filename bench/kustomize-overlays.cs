#:project ../src/Rampart/Rampart.csproj
#:property PublishAot=false

// The Kustomize build alone over a repository of overlays, as a scan builds them: its files held in memory (a scan
// keeps kustomizations and small files once read), one shared base cache, every overlay under OVERLAYS built on one
// thread, in name order. Prints CPU time and bytes allocated per overlay (the
// best of ROUNDS rounds, each with a fresh cache, after one warm-up round) and a digest of every rendered tree
// (text, style, kind, tag, place and origin of every node), so two builds can be shown to render the same.
// Usage: dotnet run -c Release bench/kustomize-overlays.cs -- REPOSITORY [OVERLAYS=overlays] [ROUNDS=5]
//   e.g. dotnet run -c Release bench/kustomize-overlays.cs -- /tmp/rampart-bench/overlays-2000-10-4
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

var root = args[0];
var under = args.Length > 1 ? args[1] : "overlays";
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var overlays = Directory.GetDirectories(Path.Combine(root, under)).Select(d => under + "/" + Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();
var files = new MemoryFileSystem();
foreach (var path in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
{
    files.Add(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllBytes(path));
}

string digest = Round(out _, out _, out var objects);
var cpu = new List<double>();
var bytes = new List<long>();
for (var i = 0; i < rounds; i++)
{
    if (Round(out var ms, out var allocated, out _) != digest)
    {
        throw new InvalidOperationException("rounds render differently");
    }

    cpu.Add(ms);
    bytes.Add(allocated);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{overlays.Count} overlays, {objects} objects; CPU per overlay {cpu.Min() * 1000 / overlays.Count:0} µs (rounds {string.Join(", ", cpu.Select(c => c.ToString("0", CultureInfo.InvariantCulture)))} ms); allocated per overlay {bytes.Min() / overlays.Count / 1024.0:0.0} KB; digest {digest}"));
return 0;

string Round(out double cpuMs, out long allocated, out int count)
{
    GC.Collect();
    var bases = new KustomizeBaseCache(files);
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    var results = new List<RenderResult>(overlays.Count);
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var startCpu = process.TotalProcessorTime;
    var startBytes = GC.GetTotalAllocatedBytes(precise: true);
    foreach (var overlay in overlays)
    {
        results.Add(KustomizeBuild.Run(new RecordingFileSystem(files), overlay, null, bases));
    }

    allocated = GC.GetTotalAllocatedBytes(precise: true) - startBytes;
    process.Refresh();
    cpuMs = (process.TotalProcessorTime - startCpu).TotalMilliseconds;
    count = 0;
    var text = new StringBuilder();
    foreach (var result in results)
    {
        foreach (var finding in result.Findings)
        {
            text.Append("finding ").Append(finding.RuleId).Append(' ').Append(finding.Message).Append('\n');
        }

        foreach (var rendered in result.Objects)
        {
            count++;
            text.Append(rendered.Resource).Append(' ').Append(rendered.Source).Append(' ').AppendJoin(',', rendered.Chain).Append('\n');
            Write(text, rendered.Root);
        }

        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        text.Clear();
    }

    return Convert.ToHexString(hash.GetHashAndReset())[..16];
}

static void Write(StringBuilder text, Node node)
{
    text.Append(node.Start.Line).Append(':').Append(node.Start.Column).Append('-').Append(node.End.Line).Append(':').Append(node.End.Column)
        .Append(' ').Append(node.Origin?.Path).Append(' ').Append(node.Tag).Append(' ');
    switch (node)
    {
        case ScalarNode scalar:
            text.Append((int)scalar.Kind).Append(' ').Append((int)scalar.Style).Append(' ').Append(scalar.Text).Append('\n');
            break;
        case SequenceNode sequence:
            text.Append("[\n");
            foreach (var item in sequence.Items)
            {
                Write(text, item);
            }

            text.Append("]\n");
            break;
        case MappingNode mapping:
            text.Append("{\n");
            foreach (var entry in mapping.Entries)
            {
                Write(text, entry.Key);
                Write(text, entry.Value);
            }

            text.Append("}\n");
            break;
    }
}
