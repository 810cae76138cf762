#:project ../src/Rampart/Rampart.csproj
#:project ../src/Rampart.Cel/Rampart.Cel.csproj
#:project ../src/Rampart.Cli/Rampart.Cli.csproj
#:property ConcurrentGarbageCollection=false
#:property TieredCompilationQuickJit=false
#:property PublishAot=false

// Time and memory of the inputs a hostile pull request can write, each at the size that used to stall a scan.
// Usage: dotnet run -c Release bench/hostile-inputs.cs -- [case ...]
// Cases: gitlab-sections, github-lines, gitignore, routing, getquery, long-name (all when none is given).
// Each case runs once, cold, and prints its wall time, the process's CPU time over it (the fairer figure on a
// shared machine) and the bytes it allocated (GC.GetTotalAllocatedBytes).
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Rampart.Cel;
using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;
using Rampart.Cli.Output;
using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Ownership;
using Rampart.Ownership.CodeOwners;
using Rampart.Reporting;
using Rampart.Scanning;

var cases = new Dictionary<string, Action>(StringComparer.Ordinal)
{
    ["gitlab-sections"] = GitLabSections,
    ["github-lines"] = GitHubLines,
    ["gitignore"] = GitIgnore,
    ["routing"] = Routing,
    ["getquery"] = GetQuery,
    ["long-name"] = LongName,
};
foreach (var name in args.Length == 0 ? [.. cases.Keys] : args)
{
    cases[name]();
}

// 100,000 GitLab section headers, each with one entry: parse, then the owners of 1,000 paths.
static void GitLabSections()
{
    var text = new StringBuilder();
    for (var i = 0; i < 100_000; i++)
    {
        text.Append(CultureInfo.InvariantCulture, $"[Section {i}]\n/apps/s{i}/ @team{i % 50}\n");
    }

    CodeOwnersCase("gitlab-sections", text.ToString(), CodeOwnersFlavor.GitLab);
}

// 100,000 GitHub lines: parse, then the owners of 1,000 paths.
static void GitHubLines()
{
    var text = new StringBuilder();
    for (var i = 0; i < 100_000; i++)
    {
        text.Append(CultureInfo.InvariantCulture, $"/apps/s{i}/**/*.yaml @org/team{i % 50}\n");
    }

    CodeOwnersCase("github-lines", text.ToString(), CodeOwnersFlavor.GitHub);
}

static void CodeOwnersCase(string name, string text, CodeOwnersFlavor flavor)
{
    Measure($"{name}: parse {text.Length / 1024} KB (first time, compiling the parser)", () => CodeOwnersFile.Parse(text, "CODEOWNERS", flavor));
    var file = Measure($"{name}: parse {text.Length / 1024} KB again", () => CodeOwnersFile.Parse(text, "CODEOWNERS", flavor));
    Measure($"{name}: owners of 1,000 paths", () =>
    {
        var owners = 0;
        for (var i = 0; i < 1_000; i++)
        {
            owners += file.OwnersFor(string.Create(CultureInfo.InvariantCulture, $"apps/s{i * 97}/deploy/x{i}.yaml")).Owners.Count;
        }

        return owners;
    });
}

// 800 lines of "**/a*a*…*a*bN" (200 stars) in the root .gitignore; the walk meets folders of 250-character names 15 deep
// (a path of about 4,000 bytes), each holding one file.
static void GitIgnore()
{
    var root = Directory.CreateTempSubdirectory("rampart-hostile-ignore-").FullName;
    try
    {
        var lines = new StringBuilder();
        for (var i = 0; i < 800; i++)
        {
            lines.Append("**/").Append(string.Concat(Enumerable.Repeat("a*", 200))).Append('b').Append(i).Append('\n');
        }

        File.WriteAllText(Path.Combine(root, ".gitignore"), lines.ToString());
        var folder = root;
        for (var depth = 0; depth < 15; depth++)
        {
            folder = Path.Combine(folder, new string('a', 249) + (char)('c' + depth));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, new string('a', 200) + ".yaml"), "x: 1\n");
        }

        Measure("gitignore: walk 15 folders of a 4,000-byte path against 800 lines", () =>
            new RepositoryWalker().Walk(root).Count());
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

// 40,000 routing rules with path conditions; 1,000 findings on distinct paths.
static void Routing()
{
    var yaml = new StringBuilder("routing:\n");
    for (var i = 0; i < 40_000; i++)
    {
        yaml.Append(CultureInfo.InvariantCulture, $"  - {{ match: {{ path: \"apps/s{i}/**\", rule: \"RMP-K8S-0{i % 90:00}\" }}, owners: [\"@t{i % 30}\"] }}\n");
    }

    var loaded = ConfigLoader.Parse(yaml.ToString(), "rampart.yaml");
    if (!loaded.Ok)
    {
        throw new InvalidOperationException(string.Join('\n', loaded.Errors.Take(3)));
    }

    var attributor = new Attributor(loaded.Config, null);
    var findings = Enumerable.Range(0, 1_000).Select(i => Finding($"apps/s{i * 37}/deploy.yaml", $"RMP-K8S-0{i % 90:00}")).ToList();
    int Route() => findings.Sum(f => attributor.Resolve(f).Owners.Count);
    Measure("routing: 1,000 findings on 1,000 paths against 40,000 rules", Route);
    Measure("routing: the same 1,000 findings again (paths and rules seen)", Route);
}

// url(...).getQuery() on a query of 200,000 pairs with the same key.
static void GetQuery()
{
    var environment = CelEnvironment.CreateBuilder().UseStandardLibrary().UseExtensionLibraries().UseKubernetesLibraries()
        .AddVariable("object", CelType.Dyn).Build();
    var program = environment.Compile("url(object.u).getQuery()['k'].size()").Program!;
    var query = string.Join('&', Enumerable.Repeat("k=v", 200_000));
    var activation = new CelActivation().Add("object", new Dictionary<string, object?> { ["u"] = "https://h/p?" + query });
    long cost = 0;
    var result = Measure($"getquery: {query.Length / 1024} KB query of one repeated key", () =>
        program.Evaluate(activation, new CelEvaluationOptions { CostLimit = long.MaxValue }, out cost));
    Console.WriteLine($"  result {result}, actual cost {cost:N0}");
}

// A Deployment whose metadata.name is 800 KB: scan it, then write each report format.
static void LongName()
{
    var root = Directory.CreateTempSubdirectory("rampart-hostile-name-").FullName;
    try
    {
        var name = new string('a', 800 * 1024);
        File.WriteAllText(Path.Combine(root, "deploy.yaml"), $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {name}
              namespace: shop
            spec:
              selector: {"{"} matchLabels: {"{"} app: web {"}"} {"}"}
              template:
                metadata: {"{"} labels: {"{"} app: web {"}"} {"}"}
                spec:
                  containers:
                  - name: web
                    image: nginx
            """);
        var outcome = Measure("long-name: scan a Deployment with an 800 KB name", () =>
            Scanner.RunAsync(ScanOptions.ForFolder(root) with { Parallelism = 1 }).GetAwaiter().GetResult());
        var report = outcome.Report!;
        Console.WriteLine($"  {report.Findings.Count} findings, longest message {report.Findings.Max(f => f.Message.Length):N0} characters");
        foreach (var writer in ReportFormats.Default.With(new TableReportWriter()).All)
        {
            Measure($"long-name: write the {writer.Format} report", () =>
            {
                var counter = new CountingWriter();
                writer.Write(report, counter, new ReportOptions { Color = false, Width = 120 });
                return counter.Count;
            });
        }
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static Finding Finding(string path, string rule) => new()
{
    RuleId = rule,
    Title = "t",
    Category = Category.Misconfiguration,
    Severity = Severity.High,
    Message = "m",
    Location = new SourceLocation(path, 1, 1),
    Responsibility = Responsibility.Developers,
    Resource = new ResourceRef("apps/v1", "Deployment", "shop", "web"),
};

static T Measure<T>(string what, Func<T> action)
{
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var processor = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = action();
    clock.Stop();
    processor = Process.GetCurrentProcess().TotalProcessorTime - processor;
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {clock.Elapsed.TotalMilliseconds:N0} ms ({processor.TotalMilliseconds:N0} ms CPU), {allocated / 1024.0 / 1024.0:N1} MB allocated{(result is int or long ? $" (result {result})" : "")}"));
    return result;
}

/// <summary>Counts the characters written and keeps none.</summary>
internal sealed class CountingWriter : TextWriter
{
    public long Count { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Count++;

    public override void Write(char[] buffer, int index, int count) => Count += count;

    public override void Write(ReadOnlySpan<char> buffer) => Count += buffer.Length;

    public override void Write(string? value) => Count += value?.Length ?? 0;
}
