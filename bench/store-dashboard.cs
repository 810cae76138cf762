#:sdk Microsoft.NET.Sdk.Web
#:project ../src/Rampart.Store/Rampart.Store.csproj
#:property PublishAot=false

// Times the team dashboard page over a large store: the server time of GET /dashboard/team (its Server-Timing header).
// Usage: dotnet run -c Release bench/store-dashboard.cs -- [FINDINGS] [DATABASE]
// FINDINGS (default 1,000,000) across 10 repositories x 5 branches, 20 teams, five severities, open/fixed/waived/
// baselined, first seen over 60 days: each branch gets two uploads 57 days apart, the second fixing a fifth of the
// first's findings and adding as many new ones. DATABASE is a PostgreSQL URL or connection string of an empty
// database; default a SQLite file $BENCH_DIR/dashboard-FINDINGS.db (default /tmp/rampart-bench), kept and reused
// when it exists, so a second run only measures. Then 3 warm-up and 30 measured requests for team-3's page.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Rampart.Store;
using Rampart.Store.Api;
using Rampart.Store.Auth;
using Rampart.Store.Dashboard;
using Rampart.Store.Ingest;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var folder = Environment.GetEnvironmentVariable("BENCH_DIR") ?? "/tmp/rampart-bench";
Directory.CreateDirectory(folder);
var file = Path.Combine(folder, $"dashboard-{count}.db");
var database = args.Length > 1 ? StoreDatabase.Resolve(args[1], null, Environment.GetEnvironmentVariable) : StoreDatabase.Sqlite(file);
var fill = args.Length > 1 || !File.Exists(file);
var clock = new BenchClock(DateTimeOffset.UtcNow.AddDays(-60));
Console.WriteLine($"cores: {Environment.ProcessorCount}, findings: {count}, store: {database.Display}, fill: {fill}");

await using (var store = await FindingStore.OpenAsync(database, clock: clock))
{
    if (fill)
    {
        const int Repositories = 10;
        const int Branches = 5;
        var perBranch = count / (Repositories * Branches);
        var shift = perBranch / 5;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var b = 0; b < Repositories * Branches; b++)
        {
            clock.Now = DateTimeOffset.UtcNow.AddDays(-60 + (b % 3));
            var target = new ScanTarget($"acme/service-{b / Branches}", b % Branches == 0 ? "main" : $"release-{b % Branches}", $"{b:x4}aaaa");
            await store.IngestAsync(target, Report(b, 0, perBranch - shift, "first"));
            clock.Now = DateTimeOffset.UtcNow.AddDays(-3 + (b % 3));
            await store.IngestAsync(target with { Commit = $"{b:x4}bbbb" }, Report(b, shift, perBranch, "second"));
            if (b % 10 == 9)
            {
                Console.WriteLine($"  {(b + 1) * perBranch} findings stored, {watch.Elapsed.TotalSeconds:0} s");
            }
        }

        Console.WriteLine($"filled in {watch.Elapsed.TotalSeconds:0.0} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU");
    }
}

if (fill && database.Kind == Rampart.Store.Data.DialectKind.Postgres)
{
    // What autovacuum does after a bulk load, done now so the measurement does not depend on when it runs: the
    // visibility map lets the page read finding_owners_team_page alone (an index-only scan), and fresh statistics.
    await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
    await connection.OpenAsync();
    await using var vacuum = new Npgsql.NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 };
    await vacuum.ExecuteNonQueryAsync();
    Console.WriteLine("vacuumed and analyzed");
}

await using var served = await FindingStore.OpenAsync(database, StoreOptions.Default with { LinkTemplate = "https://git.example.com/{repository}/blob/{commit}/{path}#L{line}" });
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
await using var app = builder.Build();
const string Admin = "bench-admin-token";
var auth = new StoreAuth(served.Tokens, Admin);
app.MapRampartStoreApi(served, auth).MapRampartDashboard(served, auth);
await app.StartAsync();
using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Admin);

var server = new List<double>();
var wall = new List<double>();
var cpuBefore = TimeSpan.Zero;
for (var i = 0; i < 33; i++)
{
    if (i == 3)
    {
        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    var watch = Stopwatch.StartNew();
    using var response = await client.GetAsync(new Uri("/dashboard/team?name=team-3", UriKind.Relative));
    var body = await response.Content.ReadAsStringAsync();
    var elapsed = watch.Elapsed.TotalMilliseconds;
    var timing = double.Parse(response.Headers.GetValues("Server-Timing").Single().Split("dur=")[1], CultureInfo.InvariantCulture);
    if (i == 0)
    {
        Console.WriteLine($"first request (cold): {timing:0.0} ms server, {elapsed:0.0} ms wall, HTTP {(int)response.StatusCode}, {body.Length} chars");
    }
    else if (i >= 3)
    {
        server.Add(timing);
        wall.Add(elapsed);
    }
}

var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / server.Count;
server.Sort();
wall.Sort();
Console.WriteLine($"team page, {server.Count} requests: server median {server[server.Count / 2]:0.0} ms, p90 {server[(int)(server.Count * 0.9)]:0.0} ms, " +
    $"max {server[^1]:0.0} ms; wall median {wall[wall.Count / 2]:0.0} ms; process CPU {cpuMs:0.0} ms per request");
await app.StopAsync();

// One branch's upload: findings [from, to) of branch b, spread over severities, categories, statuses and 20 teams.
static IncomingReport Report(int b, int from, int to, string run)
{
    string[] severities = ["critical", "high", "high", "high", "medium", "medium", "medium", "medium", "low", "low", "low", "low", "low", "info", "info", "info",
        "medium", "medium", "high", "low"];
    string[] categories = ["misconfiguration", "policy", "secret", "schema", "vulnerability"];
    var findings = new List<IncomingFinding>(to - from);
    for (var i = from; i < to; i++)
    {
        var team = (i * 7 + b) % 20;
        var status = i % 20 == 7 ? "waived" : i % 50 == 11 ? "baselined" : "open";
        findings.Add(new IncomingFinding(
            $"{b:x4}{i:x8}", $"RMP-K8S-{i % 70:000}", categories[i % categories.Length], severities[i % severities.Length], "Container runs privileged",
            $"Privileged containers are not allowed (containers[0] \"app-{i}\")", $"apps/service-{i / 40}/deployment.yaml", 20 + (i % 40), 13,
            "platform", [$"@acme/team-{team}", $"team-{team}"], status, status == "open" ? null : "accepted"));
    }

    return new IncomingReport($"{b}-{run}", "0.1.0", findings);
}

sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
