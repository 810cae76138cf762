#:project ../src/Rampart/Rampart.csproj
#:property ConcurrentGarbageCollection=false
#:property TieredCompilationQuickJit=false
#:property PublishAot=false

// Peak memory of loading one large multi-document file, streamed one document at a time.
// Usage: dotnet run -c Release bench/loading-peak-memory.cs -- [megabytes=50]
// Writes a file of that size (Deployments, Services and ConfigMaps) to the temp folder, loads it from disk with
// YamlLoader.LoadFile, reads the Kubernetes objects of each document and drops the trees, then prints the
// documents, the time and the process's peak working set.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Rampart.Kubernetes;
using Rampart.Loading;

var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var file = Path.Combine(Path.GetTempPath(), $"rampart-loading-{megabytes}mb.yaml");
var resource = """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web-{0}
      labels: {{app: web, tier: front}}
    spec:
      replicas: 3
      template:
        spec:
          containers:
            - name: web
              image: registry.example.com/web:1.{0}
              resources: {{requests: {{cpu: 100m, memory: 128Mi}}}}
              env:
                - {{name: MODE, value: "production"}}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {{name: settings-{0}}}
    data:
      settings.yaml: |
        level: info
        retries: 3
    ---

    """;
using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
{
    for (var i = 0; writer.BaseStream.Length < megabytes * 1024L * 1024; i++)
    {
        writer.Write(string.Format(CultureInfo.InvariantCulture, resource, i));
        if (i % 1000 == 0)
        {
            writer.Flush();
        }
    }
}

var size = new FileInfo(file).Length;
var watch = Stopwatch.StartNew();
var documents = 0;
var objects = 0;
var problems = 0;
foreach (var document in new YamlLoader().LoadFile("big.yaml", file))
{
    documents++;
    var read = ObjectReader.Read(document, isManifest: true);
    objects += read.Objects.Count;
    problems += document.Problems.Count + read.Problems.Count;
}

watch.Stop();
File.Delete(file);
using var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"file {size / 1048576.0:F1} MB, {documents:N0} documents, {objects:N0} objects, {problems} problems, {watch.Elapsed.TotalSeconds:F2} s ({size / 1048576.0 / watch.Elapsed.TotalSeconds:F1} MB/s), peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
