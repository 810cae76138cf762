#:project ../src/Rampart/Rampart.csproj
#:property ConcurrentGarbageCollection=false
#:property TieredCompilationQuickJit=false
#:property PublishAot=false

// Kustomize build speed: Rampart's in-process build against `kubectl kustomize`, in the same run.
// Usage: dotnet run -c Release bench/kustomize-speed.cs -- [SIZE:PATCHES ...] [--no-kubectl]
// Default sizes: 600:20 2000:67 6000:200. Each size generates a base of SIZE Deployments, each reading a ConfigMap
// through envFrom (SIZE ConfigMaps too), and an overlay with namePrefix, labels, images and PATCHES JSON patches
// (each targets Deployments by a label and adds an env var). Prints wall time of each build (Rampart warm: the
// median of 3 runs after one warm-up) and checks that both render the same number of objects.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Rampart.Rendering.Kustomize;

var sizes = args.Where(a => a.Contains(':', StringComparison.Ordinal)).Select(a => a.Split(':')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
if (sizes.Count == 0)
{
    sizes = [(600, 20), (2000, 67), (6000, 200)];
}

var runKubectl = !args.Contains("--no-kubectl");
Console.WriteLine($"cores: {Environment.ProcessorCount}");
Console.WriteLine("| Deployments | patches | objects | kubectl kustomize | Rampart (warm, median of 3) | Rampart per object | ratio |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (size, patches) in sizes)
{
    var root = Directory.CreateTempSubdirectory("rampart-kustomize-bench-").FullName;
    try
    {
        Generate(root, size, patches);
        var first = KustomizeBuild.Run(root, "overlay");
        if (!first.Succeeded)
        {
            Console.WriteLine($"build failed: {first.Findings[0].Message}");
            return 1;
        }

        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = KustomizeBuild.Run(root, "overlay");
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (result.Objects.Count != first.Objects.Count)
            {
                throw new InvalidOperationException("runs differ");
            }
        }

        times.Sort();
        var ours = times[1];
        var kubectl = double.NaN;
        if (runKubectl)
        {
            var watch = Stopwatch.StartNew();
            var start = new ProcessStartInfo("kubectl", ["kustomize", Path.Combine(root, "overlay")]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            kubectl = watch.Elapsed.TotalMilliseconds;
            var documents = output.Split("\n---\n").Length;
            if (process.ExitCode != 0 || documents != first.Objects.Count)
            {
                Console.WriteLine($"kubectl kustomize: exit {process.ExitCode}, {documents} objects; {error.Result}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {patches} | {first.Objects.Count:N0} | {(double.IsNaN(kubectl) ? "—" : $"{kubectl / 1000:0.00} s")} | {ours:0} ms | {ours * 1000 / first.Objects.Count:0.0} µs | {(double.IsNaN(kubectl) ? "—" : $"{kubectl / ours:0}×")} |"));
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

return 0;

static void Generate(string root, int size, int patches)
{
    Directory.CreateDirectory(Path.Combine(root, "base"));
    Directory.CreateDirectory(Path.Combine(root, "overlay"));
    var resources = new StringBuilder("resources:\n");
    for (var i = 0; i < size; i++)
    {
        var file = $"app-{i}.yaml";
        resources.Append("- ").Append(file).Append('\n');
        File.WriteAllText(Path.Combine(root, "base", file), string.Create(CultureInfo.InvariantCulture, $$"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app-{{i}}-settings
            data:
              LOG_LEVEL: info
              INDEX: "{{i}}"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app-{{i}}
              labels:
                app: app-{{i}}
                group: g{{i % patches}}
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: app-{{i}}
              template:
                metadata:
                  labels:
                    app: app-{{i}}
                spec:
                  containers:
                  - name: app
                    image: registry.example/app:1.0
                    envFrom:
                    - configMapRef:
                        name: app-{{i}}-settings
                    env:
                    - name: MODE
                      value: standard
            """));
    }

    File.WriteAllText(Path.Combine(root, "base", "kustomization.yaml"), resources.ToString());
    var overlay = new StringBuilder("resources:\n- ../base\nnamePrefix: prod-\nlabels:\n- pairs:\n    env: prod\n  includeSelectors: false\nimages:\n- name: registry.example/app\n  newTag: \"2.0\"\npatches:\n");
    for (var p = 0; p < patches; p++)
    {
        overlay.Append(CultureInfo.InvariantCulture, $"- path: patch-{p}.yaml\n  target:\n    kind: Deployment\n    labelSelector: group=g{p}\n");
        File.WriteAllText(Path.Combine(root, "overlay", $"patch-{p}.yaml"), $"- op: add\n  path: /spec/template/spec/containers/0/env/-\n  value:\n    name: PATCH\n    value: \"{p}\"\n");
    }

    File.WriteAllText(Path.Combine(root, "overlay", "kustomization.yaml"), overlay.ToString());
}
