using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Rampart.Cli.Output;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;

namespace Rampart.Benchmarks;

/// <summary>
/// Time and memory to write a report of 10,000 findings (about what a 50,000-resource repository with one
/// finding in five objects gives) in each format, to a stream that discards the bytes.
/// </summary>
[MemoryDiagnoser]
public class ReportWriterBenchmarks
{
    private ScanReport report = null!;
    private IReportWriter writer = null!;

    [Params("table", "json", "sarif", "junit", "markdown")]
    public string Format { get; set; } = "json";

    [Params(10_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var formats = ReportFormats.Default.With(new TableReportWriter());
        if (!formats.TryGet(Format, out var found))
        {
            throw new InvalidOperationException(formats.UnknownFormatMessage(Format));
        }

        writer = found;
        var teams = new[] { "payments", "checkout", "platform", "security" };
        var findings = Enumerable.Range(0, Findings).Select(i => new Finding
        {
            RuleId = string.Create(CultureInfo.InvariantCulture, $"RMP-CHECK-{i % 60:00}"),
            Title = "Container runs as root",
            Category = (Category)(i % 7),
            Severity = (Severity)(i % 5),
            Message = string.Create(CultureInfo.InvariantCulture, $"Container \"app-{i}\" has no securityContext.runAsNonRoot: true"),
            Location = new SourceLocation(string.Create(CultureInfo.InvariantCulture, $"apps/team-{i % 40}/deploy-{i % 2400}.yaml"), 10 + (i % 200), 7),
            Resource = new ResourceRef("apps/v1", "Deployment", "prod", string.Create(CultureInfo.InvariantCulture, $"web-{i}")),
            Responsibility = (Responsibility)(i % 3),
            Owners = [string.Create(CultureInfo.InvariantCulture, $"@acme/{teams[i % 4]}")],
            Status = (FindingStatus)(i % 4),
            Fingerprint = i.ToString("x16", CultureInfo.InvariantCulture),
            Remediation = "Set securityContext.runAsNonRoot to true.",
        }).ToList();
        var gate = new GateResult(false, Severity.High, [.. teams.Select(team =>
            new TeamGateResult(team, Severity.High, 100, 10, false) { Handles = ["@acme/" + team] })]);
        report = new ScanReport
        {
            ToolVersion = "0.1.0",
            Target = "bench",
            Findings = findings,
            Rules = [],
            Gate = gate,
        };
    }

    [Benchmark]
    public void Write()
    {
        using var output = new StreamWriter(Stream.Null, new UTF8Encoding(false));
        writer.Write(report, output, new ReportOptions { Width = 160, RepositoryRoot = "/repo" });
    }
}
