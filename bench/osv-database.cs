#:project ../src/Rampart/Rampart.csproj
#:property ConcurrentGarbageCollection=true
#:property TieredCompilationQuickJit=true
#:property TieredPGO=false
#:property InvariantGlobalization=true
#:property PublishAot=false
#:property PublishReadyToRun=true

// Import and match speed of the vulnerability database (rampart db update, then what a scan does with it).
// Usage: dotnet run -c Release bench/osv-database.cs -- [records=300000] [packages=10000] [phase=all|generate|import|match|lockfiles] [folder]
// Generates OSV records shaped like the real ones (GHSA/PYSEC/GO/RUSTSEC ids, CVE aliases, a details paragraph,
// references, CVSS v3 vectors, 1-2 affected packages with SEMVER or ECOSYSTEM ranges of 1-3 intervals, some explicit
// version lists, a few withdrawn) into OSV's bucket layout (ECOSYSTEM/all.zip) in a temp folder, imports them with
// DatabaseUpdater from that folder, then matches 10,000 packages (about half of them named by some record) with
// AdvisoryDatabase.Match, twice, then writes the first round's match list to FOLDER/matches.txt. Prints each step's wall
// time, CPU time and the peak working set. Run a phase alone (same folder) to see its own peak memory. The phase
// lockfiles writes the same packages as one lockfile per ecosystem into FOLDER/repo, for bench/vuln-scan.sh.
// The runtime settings are the CLI's (src/Rampart.Cli), so that published the CLI's way the first round is the match as
// a cold `rampart scan` pays it (bench/vuln-scan.sh does that):
//   dotnet publish bench/osv-database.cs -c Release -r linux-x64 --self-contained false -o DIR && DIR/osv-database 300000 10000 match
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Rampart.Dependencies.Database;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Osv;

var recordCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300_000;
var packageCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var phase = args.Length > 2 ? args[2] : "all";
var root = args.Length > 3 ? args[3] : Path.Combine(Path.GetTempPath(), $"rampart-osv-bench-{recordCount}");
var bucket = Path.Combine(root, "bucket");
var cache = Path.Combine(root, "cache");
(string Name, double Share, string Prefix)[] ecosystems =
[
    ("npm", 0.35, "GHSA"), ("PyPI", 0.2, "PYSEC"), ("Maven", 0.15, "GHSA"), ("Go", 0.1, "GO"),
    ("crates.io", 0.05, "RUSTSEC"), ("NuGet", 0.05, "GHSA"), ("RubyGems", 0.05, "GHSA"), ("Packagist", 0.05, "GHSA"),
];
const int NamesPerEcosystem = 20_000;

if (phase is "all" or "generate")
{
    Measure("generate", () =>
    {
        var written = 0;
        for (var e = 0; e < ecosystems.Length; e++)
        {
            var (name, share, prefix) = ecosystems[e];
            var count = (int)(recordCount * share);
            written += count;
            Generate(name, prefix, count, new Random(e + 1));
        }

        return $"{written:N0} records, {Directory.EnumerateFiles(bucket, "*.zip", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6:N1} MB of archives";
    });
}

if (phase is "all" or "import")
{
    Measure("import", () =>
    {
        var updater = new DatabaseUpdater(new HttpClient(), ArchiveLimits.Default, TimeProvider.System);
        var result = updater.UpdateAsync(cache, bucket, [.. ecosystems.Select(e => e.Name)], CancellationToken.None).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Imports.Select(i => i.Error)));
        }

        return $"{result.Imports.Sum(i => i.Records):N0} records, database {new FileInfo(result.DatabasePath).Length / 1e6:N1} MB";
    });
}

var random = new Random(7);
var packages = Enumerable.Range(0, packageCount).Select(_ =>
{
    var (name, _, _) = ecosystems[random.Next(ecosystems.Length)];
    // Half the names are ones records name, half are not (most of a real lockfile has no advisory).
    var package = random.Next(2) == 0 ? PackageName(name, random.Next(NamesPerEcosystem)) : PackageName(name, NamesPerEcosystem + random.Next(100_000));
    return new InventoryPackage(name, package, Version(random), 1);
}).ToList();

if (phase == "lockfiles")
{
    var repo = Path.Combine(root, "repo");
    Directory.CreateDirectory(repo);
    string Of(string ecosystem, Func<InventoryPackage, string> line) => string.Join("\n", packages.Where(p => p.Ecosystem == ecosystem).DistinctBy(p => p.Name).Select(line));
    File.WriteAllText(Path.Combine(repo, "package-lock.json"), """{"name": "app", "lockfileVersion": 3, "packages": {"": {"name": "app"},""" + "\n" + Of("npm", p => $"\"node_modules/{p.Name}\": {{\"version\": \"{p.Version}\"}}").Replace("\n", ",\n") + "}}");
    File.WriteAllText(Path.Combine(repo, "requirements.txt"), Of("PyPI", p => $"{p.Name}=={p.Version}") + "\n");
    File.WriteAllText(Path.Combine(repo, "gradle.lockfile"), Of("Maven", p => $"{p.Name}:{p.Version}=compileClasspath") + "\nempty=\n");
    File.WriteAllText(Path.Combine(repo, "go.mod"), $"module example.org/app\n\ngo 1.21\n\nrequire (\n{Of("Go", p => $"\t{p.Name} v{p.Version}")}\n)\n");
    File.WriteAllText(Path.Combine(repo, "Cargo.lock"), "version = 3\n\n" + Of("crates.io", p => $"[[package]]\nname = \"{p.Name}\"\nversion = \"{p.Version}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n"));
    File.WriteAllText(Path.Combine(repo, "packages.lock.json"), """{"version": 1, "dependencies": {"net10.0": {""" + "\n" + Of("NuGet", p => $"\"{p.Name}\": {{\"type\": \"Direct\", \"resolved\": \"{p.Version}\"}}").Replace("\n", ",\n") + "}}}");
    File.WriteAllText(Path.Combine(repo, "Gemfile.lock"), "GEM\n  remote: https://rubygems.org/\n  specs:\n" + Of("RubyGems", p => $"    {p.Name} ({p.Version})") + "\n\nPLATFORMS\n  ruby\n");
    File.WriteAllText(Path.Combine(repo, "composer.lock"), """{"packages": [""" + "\n" + Of("Packagist", p => $"{{\"name\": \"{p.Name}\", \"version\": \"{p.Version}\"}}").Replace("\n", ",\n") + "], \"packages-dev\": []}");
    Console.WriteLine($"{packages.Count:N0} packages written to {repo}");
}

if (phase is "all" or "match")
{
    var unique = packages.DistinctBy(p => p.Purl, StringComparer.Ordinal).ToList();
    IReadOnlyList<VulnerabilityMatch> first = [];
    for (var round = 1; round <= 2; round++)
    {
        Measure($"match (round {round})", () =>
        {
            var opening = AdvisoryDatabase.Open(cache);
            using var database = opening.Database ?? throw new InvalidOperationException(opening.Error);
            var matches = database.Match(unique);
            first = round == 1 ? matches : first;
            return $"{unique.Count:N0} packages, {database.CandidateRowsRead:N0} package rows and {database.RecordsRead:N0} records read, {database.StatementsPrepared} statements prepared, {matches.Count:N0} matches";
        });
    }

    // The first round's match list (written outside the measured time), to compare across versions with cmp.
    File.WriteAllLines(Path.Combine(root, "matches.txt"), first.Select(m => string.Create(CultureInfo.InvariantCulture,
        $"{m.Package.Purl} {m.Id} [{string.Join(",", m.Aliases)}] fixed [{string.Join(",", m.FixedVersions)}] suggest {m.SuggestedFix} records [{string.Join(",", m.Records.Select(r => r.Id))}]")).Order(StringComparer.Ordinal));
}

void Measure(string what, Func<string> step)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var summary = step();
    clock.Stop();
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {clock.Elapsed.TotalSeconds:N2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:N2} s CPU, peak working set {process.PeakWorkingSet64 / 1e6:N0} MB; {summary}"));
}

void Generate(string ecosystem, string prefix, int count, Random random)
{
    var folder = Path.Combine(bucket, ecosystem);
    Directory.CreateDirectory(folder);
    using var zip = ZipFile.Open(Path.Combine(folder, "all.zip"), ZipArchiveMode.Create);
    var text = new StringBuilder();
    for (var i = 0; i < count; i++)
    {
        var id = prefix switch
        {
            "GHSA" => $"GHSA-{Code(random)}-{Code(random)}-{Code(random)}",
            "PYSEC" => $"PYSEC-{2015 + (i % 11)}-{i}",
            "GO" => $"GO-{2020 + (i % 6)}-{i:D4}",
            _ => $"RUSTSEC-{2017 + (i % 9)}-{i:D4}",
        };
        var cve = $"CVE-{2015 + (i % 11)}-{10000 + i}";
        text.Clear();
        text.Append(CultureInfo.InvariantCulture, $$"""{"schema_version":"1.6.0","id":"{{id}}","modified":"2025-0{{1 + (i % 9)}}-1{{i % 10}}T10:00:00Z","published":"2021-0{{1 + (i % 9)}}-0{{1 + (i % 9)}}T00:00:00Z",""");
        if (i % 500 == 0)
        {
            text.Append("\"withdrawn\":\"2024-01-01T00:00:00Z\",");
        }

        text.Append(CultureInfo.InvariantCulture, $$"""
            "aliases":["{{cve}}"],"summary":"Improper input validation in package {{i}}","details":"{{Details(random)}}",
            "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:{{(i % 2 == 0 ? "L" : "H")}}/PR:N/UI:{{(i % 3 == 0 ? "R" : "N")}}/S:U/C:H/I:{{(i % 4 == 0 ? "L" : "H")}}/A:N"}],
            "affected":[
            """);
        var affected = random.Next(10) == 0 ? 2 : 1;
        for (var a = 0; a < affected; a++)
        {
            if (a > 0)
            {
                text.Append(',');
            }

            var name = PackageName(ecosystem, Skewed(random));
            var type = ecosystem is "npm" or "Go" or "crates.io" ? "SEMVER" : "ECOSYSTEM";
            text.Append(CultureInfo.InvariantCulture, $$"""{"package":{"ecosystem":"{{ecosystem}}","name":"{{name}}","purl":"pkg:x/{{name}}"},"ranges":[{"type":"{{type}}","events":[""");
            var intervals = 1 + random.Next(3);
            var major = random.Next(5);
            for (var r = 0; r < intervals; r++)
            {
                var introduced = r == 0 && random.Next(2) == 0 ? "0" : $"{major + r}.{random.Next(10)}.0";
                text.Append(CultureInfo.InvariantCulture, $$"""{"introduced":"{{introduced}}"},""");
                text.Append(random.Next(8) == 0
                    ? $$"""{"last_affected":"{{major + r}}.{{random.Next(10, 20)}}.{{random.Next(10)}}"}"""
                    : $$"""{"fixed":"{{major + r}}.{{random.Next(10, 20)}}.{{random.Next(10)}}"}""");
                text.Append(r < intervals - 1 ? "," : "");
            }

            text.Append("]}]");
            if (ecosystem == "PyPI" || random.Next(10) == 0)
            {
                text.Append(",\"versions\":[");
                text.AppendJoin(',', Enumerable.Range(0, 5 + random.Next(30)).Select(v => $"\"{major}.{v / 10}.{v % 10}\""));
                text.Append(']');
            }

            text.Append(CultureInfo.InvariantCulture, $$""","database_specific":{"source":"https://github.com/advisories/{{id}}"}""").Append('}');
        }

        var severity = (i % 4) switch { 0 => "LOW", 1 => "MODERATE", 2 => "HIGH", _ => "CRITICAL" };
        text.Append(CultureInfo.InvariantCulture, $$"""
            ],"references":[{"type":"ADVISORY","url":"https://nvd.nist.gov/vuln/detail/{{cve}}"},{"type":"WEB","url":"https://github.com/example/project-{{i}}/commit/{{Code(random)}}{{Code(random)}}"},{"type":"PACKAGE","url":"https://example.org/{{ecosystem}}/{{i}}"}],
            "database_specific":{"severity":"{{severity}}","cwe_ids":["CWE-20"],"github_reviewed":true}
            """).Append('}');
        using var writer = new StreamWriter(zip.CreateEntry($"{id}.json", CompressionLevel.Fastest).Open());
        writer.Write(text);
    }
}

// A few packages have many advisories, most have one or two, as in OSV's data.
static int Skewed(Random random) => (int)(NamesPerEcosystem * Math.Pow(random.NextDouble(), 2));

static string PackageName(string ecosystem, int n) => ecosystem switch
{
    "npm" => n % 5 == 0 ? $"@scope{n % 97}/package-{n}" : $"package-{n}",
    "Maven" => $"org.example{n % 50}:artifact-{n}",
    "Go" => $"github.com/org{n % 300}/module-{n}",
    "Packagist" => $"vendor{n % 200}/package-{n}",
    "PyPI" => $"Package_{n}",
    _ => $"package-{n}",
};

static string Version(Random random) => $"{random.Next(7)}.{random.Next(20)}.{random.Next(10)}";

static string Code(Random random) => string.Create(4, random, (span, r) =>
{
    const string alphabet = "23456789cfghjmpqrvwx";
    for (var i = 0; i < span.Length; i++)
    {
        span[i] = alphabet[r.Next(alphabet.Length)];
    }
});

static string Details(Random random)
{
    var words = new[] { "an", "attacker", "can", "send", "crafted", "input", "that", "causes", "excessive", "memory", "use", "in", "the", "parser", "when", "handling", "nested", "objects", "leading", "to", "denial", "of", "service" };
    return string.Join(' ', Enumerable.Range(0, 60 + random.Next(60)).Select(_ => words[random.Next(words.Length)]));
}
