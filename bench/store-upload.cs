#:project ../src/Rampart.Store/Rampart.Store.csproj
#:property PublishAot=false

// Times the store's ingest of a large report and measures the SQLite file for many findings.
// Usage: dotnet run -c Release bench/store-upload.cs -- upload [FINDINGS] [DATABASE]
//        dotnet run -c Release bench/store-upload.cs -- size [FINDINGS]
// upload: a report of FINDINGS findings (default 10,000) is stored three times into a fresh store: all new, then
//   the same findings with 10% replaced (fixed and new), then again (all unchanged but last-seen). DATABASE is a
//   PostgreSQL URL or connection string; default a SQLite file under $BENCH_DIR (default /tmp/rampart-bench).
//   The timing covers parsing and validating the JSON and the whole ingest transaction, as POST /api/v1/scans does.
// size: FINDINGS findings (default 1,000,000) as 100 branches of uploads, then the size of the SQLite file.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rampart.Store;
using Rampart.Store.Ingest;

var mode = args.Length > 0 ? args[0] : "upload";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : mode == "size" ? 1_000_000 : 10_000;
var folder = Path.Combine(Environment.GetEnvironmentVariable("BENCH_DIR") ?? "/tmp/rampart-bench", $"store-{mode}-{count}-{Environment.ProcessId}");
Directory.CreateDirectory(folder);
var database = args.Length > 2 ? StoreDatabase.Resolve(args[2], null, Environment.GetEnvironmentVariable) : StoreDatabase.Sqlite(Path.Combine(folder, "rampart.db"));
Console.WriteLine($"cores: {Environment.ProcessorCount}, mode: {mode}, findings: {count}, store: {database.Display}");

await using var store = await FindingStore.OpenAsync(database);
if (mode == "upload")
{
    await Time("all new", Report(count, 0, "1"), "main");
    await Time("10% replaced", Report(count, count / 10, "2"), "main");
    await Time("unchanged", Report(count, count / 10, "3"), "main");
}
else
{
    const int Branches = 100;
    var clock = Stopwatch.StartNew();
    for (var b = 0; b < Branches; b++)
    {
        var (report, _) = ReportReader.Read(Report(count / Branches, 0, b.ToString(CultureInfo.InvariantCulture), $"b{b}-"));
        await store.IngestAsync(new ScanTarget("acme/deploy", $"branch-{b}", null), report!);
    }

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    var bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"{count} findings stored in {clock.Elapsed.TotalSeconds:0.0} s; files: {bytes / 1024.0 / 1024.0:0.0} MiB ({bytes / (double)count:0} bytes per finding)");
}

async Task Time(string what, byte[] body, string branch)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var (report, error) = ReportReader.Read(body);
    if (error is not null)
    {
        throw new InvalidOperationException(error.ToString());
    }

    var result = await store.IngestAsync(new ScanTarget("acme/deploy", branch, "abc"), report!);
    Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU; {result}");
}

// A report in the documented format; findings [shift, shift + n) so that a shift replaces that many.
static byte[] Report(int n, int shift, string run, string prefix = "")
{
    string[] severities = ["critical", "high", "medium", "low", "info"];
    string[] categories = ["misconfiguration", "policy", "secret", "schema"];
    using var stream = new MemoryStream();
    using (var json = new Utf8JsonWriter(stream))
    {
        json.WriteStartObject();
        json.WriteString("schemaVersion", "1.3.0");
        json.WriteString("startedAt", run);
        json.WriteStartObject("gate");
        json.WriteStartArray("teams");
        for (var t = 0; t < 20; t++)
        {
            json.WriteStartObject();
            json.WriteString("team", $"team-{t}");
            json.WriteStartArray("handles");
            json.WriteStringValue($"@acme/team-{t}");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("findings");
        for (var i = shift; i < shift + n; i++)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", $"RMP-K8S-{i % 70:000}");
            json.WriteString("category", categories[i % categories.Length]);
            json.WriteString("severity", severities[i % severities.Length]);
            json.WriteString("title", "Container runs privileged");
            json.WriteString("message", $"Privileged containers are not allowed (Pod Security Standards, baseline). (containers[0] \"app-{i}\")");
            json.WriteString("path", $"apps/service-{i / 50}/deployment.yaml");
            json.WriteNumber("line", 20 + (i % 50));
            json.WriteNumber("column", 13);
            json.WriteStartArray("owners");
            json.WriteStringValue($"@acme/team-{i % 20}");
            json.WriteEndArray();
            json.WriteString("responsibility", "platform");
            json.WriteString("status", "open");
            json.WriteNull("statusReason");
            json.WriteString("fingerprint", prefix + Convert.ToHexStringLower(BitConverter.GetBytes((long)i * 2654435761L)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    return stream.ToArray();
}
