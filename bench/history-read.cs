#:project ../src/Rampart/Rampart.csproj
#:property PublishAot=false

// Times the history reader over a generated repository of N commits (default 1,000).
// Usage: dotnet run -c Release bench/history-read.cs -- [COMMITS] [RUNS]
// The repository is made once with git fast-import in $BENCH_DIR/history-N (default /tmp/rampart-bench): each
// commit changes one of 50 files, adding 20 lines (a planted key every tenth commit) and removing some; every
// hundredth commit renames a file. Each run reads every commit (`rampart scan --history`) with a scanner that
// looks at every added line, then asks whether the planted keys are still at HEAD. Prints wall and CPU time.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Rampart.History;

var commits = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var root = Path.Combine(Environment.GetEnvironmentVariable("BENCH_DIR") ?? "/tmp/rampart-bench", $"history-{commits}");
if (!File.Exists(Path.Combine(root, ".complete")))
{
    Generate(root, commits);
}

Console.WriteLine($"cores: {Environment.ProcessorCount}, commits: {commits}");
for (var run = 1; run <= runs; run++)
{
    var scanner = new PlantedKeys();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = HistoryReader.ReadCommits(root, null, scanner, CancellationToken.None);
    var read = clock.Elapsed;
    var (presence, error) = HeadPresence.Find(root, scanner.Keys, CancellationToken.None);
    var total = clock.Elapsed;
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    var stillThere = scanner.Keys.Count(k => presence!.IsPresent(k));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run}: read {read.TotalSeconds:F2} s, with HEAD check {total.TotalSeconds:F2} s (this process's CPU {used.TotalSeconds:F2} s); " +
        $"{result.Commits} commits, {result.AddedLines} added lines, {scanner.Keys.Count} keys, {stillThere} still at HEAD, " +
        $"{presence?.BlobsRead} blobs read{(result.Error ?? error) switch { null => "", var e => ", error: " + e }}"));
}

static void Generate(string root, int commits)
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }

    Directory.CreateDirectory(root);
    Git(root, null, "init", "-q", "-b", "main");
    var files = Enumerable.Range(0, 50).Select(i => new List<string>()).ToArray();
    var names = Enumerable.Range(0, 50).Select(i => $"src/module{i % 7}/file{i}.txt").ToArray();
    var stream = new StringBuilder();
    for (var c = 0; c < commits; c++)
    {
        var f = c % files.Length;
        var lines = files[f];
        if (lines.Count > 200)
        {
            lines.RemoveRange(0, 20);
        }

        for (var l = 0; l < 20; l++)
        {
            lines.Add(l == 7 && c % 10 == 0
                ? $"aws_access_key_id = AKIA{c:D16}"
                : $"value_{c}_{l} = \"some configuration text for commit {c}, line {l}\"");
        }

        var content = string.Concat(lines.Select(x => x + "\n"));
        var date = 1_700_000_000 + (c * 60);
        stream.Append(CultureInfo.InvariantCulture, $"commit refs/heads/main\ncommitter Bench <bench@example.com> {date} +0000\n");
        stream.Append(CultureInfo.InvariantCulture, $"data {Encoding.UTF8.GetByteCount($"change {c}")}\nchange {c}\n");
        if (c % 100 == 99)
        {
            var renamed = names[f].Replace(".txt", $"-r{c}.txt", StringComparison.Ordinal);
            stream.Append(CultureInfo.InvariantCulture, $"R {names[f]} {renamed}\n");
            names[f] = renamed;
        }

        stream.Append(CultureInfo.InvariantCulture, $"M 100644 inline {names[f]}\ndata {Encoding.UTF8.GetByteCount(content)}\n{content}\n");
    }

    Git(root, stream.ToString(), "fast-import", "--quiet");
    Git(root, null, "checkout", "-q", "main");
    File.WriteAllText(Path.Combine(root, ".complete"), "");
}

static void Git(string folder, string? input, params string[] arguments)
{
    var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = input is not null };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    if (input is not null)
    {
        process.StandardInput.Write(input);
        process.StandardInput.Close();
    }

    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"git {arguments[0]} failed");
    }
}

/// <summary>Looks at every added line for an AWS-style key id, as a secret scanner's prefilter would.</summary>
internal sealed class PlantedKeys : IAddedLineScanner
{
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public void Scan(AddedLine line)
    {
        var at = line.Text.IndexOf("AKIA", StringComparison.Ordinal);
        if (at >= 0 && at + 20 <= line.Text.Length)
        {
            Keys.Add(line.Text.Substring(at, 20));
        }
    }
}
