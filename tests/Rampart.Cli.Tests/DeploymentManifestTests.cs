using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary>
/// The webhook's own deployment (deploy/kubernetes) passes <c>rampart scan</c>, and its image's Dockerfile
/// (deploy/docker/Dockerfile.server) is checked by reading it, since no container engine runs the tests.
/// </summary>
public sealed partial class DeploymentManifestTests
{
    private static readonly string Manifests = Path.Combine(RepositoryPaths.Root, "deploy", "kubernetes");
    private static readonly string ServerDockerfile = Path.Combine(RepositoryPaths.Root, "deploy", "docker", "Dockerfile.server");

    [Fact]
    public void The_deployment_manifests_pass_the_scan_with_no_open_finding_at_any_severity()
    {
        var run = CliRun.Of("scan", Manifests, "--format", "json", "--no-progress", "--fail-on", "info");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(10, report.GetProperty("resourcesScanned").GetInt32());
        Assert.Equal(0, report.GetProperty("summary").GetProperty("open").GetInt32());
        // The one decision written in the manifests: the release tag gets its digest when the image is pushed.
        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray());
        Assert.Equal("RMP-K8S-024", finding.GetProperty("ruleId").GetString());
        Assert.Equal("suppressed", finding.GetProperty("status").GetString());
        Assert.Equal("deployment.yaml", finding.GetProperty("path").GetString());
    }

    [Fact]
    public void Every_object_of_the_deployment_manifests_is_checked_cert_manager_ones_included()
    {
        var run = CliRun.Of("scan", Manifests, "--no-progress", "--fail-on", "info");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Equal("Not checked: nothing.", run.Out.TrimEnd().Split('\n')[^1].Trim());
    }

    [Fact]
    public void The_webhook_gives_the_server_time_to_answer_within_its_budget()
    {
        var webhook = File.ReadAllText(Path.Combine(Manifests, "validatingwebhookconfiguration.yaml"));
        var config = File.ReadAllText(Path.Combine(Manifests, "configmap.yaml"));

        var timeoutSeconds = int.Parse(TimeoutSecondsLine().Match(webhook).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var budgetMilliseconds = int.Parse(BudgetLine().Match(config).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(5, timeoutSeconds);
        Assert.Equal(2000, budgetMilliseconds);
        Assert.Contains("cert-manager.io/inject-ca-from: rampart/rampart-webhook", webhook, StringComparison.Ordinal);
    }

    [Fact]
    public void The_server_dockerfile_builds_from_the_sdk_and_runs_unprivileged_in_exec_form()
    {
        var text = File.ReadAllText(ServerDockerfile);

        Assert.Empty(DockerfileProblems(text));
        var instructions = Instructions(text);
        var froms = instructions.Where(i => i.Keyword == "FROM").Select(i => i.Arguments).ToList();
        Assert.Equal(2, froms.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", froms[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", froms[1], StringComparison.Ordinal);
        Assert.Contains(instructions, i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish src/Rampart.Cli", StringComparison.Ordinal));
        Assert.Contains(instructions, i => i.Keyword == "EXPOSE" && i.Arguments == "8443");
        // The image's user is the one the Deployment's securityContext names.
        var user = instructions.Last(i => i.Keyword == "USER").Arguments;
        var deployment = File.ReadAllText(Path.Combine(Manifests, "deployment.yaml"));
        Assert.Equal($"{RunAsUser().Match(deployment).Groups[1].Value}:{RunAsGroup().Match(deployment).Groups[1].Value}", user);
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:latest\nUSER 10001\nENTRYPOINT [\"rampart\"]\n", "tag latest")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet\nUSER 10001\nENTRYPOINT [\"rampart\"]\n", "no tag")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER 10001\nENTRYPOINT [\"rampart\"]\n", "single stage")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\nENTRYPOINT [\"rampart\"]\n", "user not numeric")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER 0:0\nENTRYPOINT [\"rampart\"]\n", "user root")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nUSER 10001\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nENTRYPOINT [\"rampart\"]\n", "no user")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER 10001\nENTRYPOINT rampart serve\n", "entrypoint not exec form")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nADD https://example.com/x.tgz /x\nUSER 10001\nENTRYPOINT [\"rampart\"]\n", "ADD of a URL")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nENV NUGET_TOKEN=abc\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER 10001\nENTRYPOINT [\"rampart\"]\n", "secret in NUGET_TOKEN")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nARG DB_PASSWORD\nUSER 10001\nENTRYPOINT [\"rampart\"]\n", "secret in DB_PASSWORD")]
    public void The_dockerfile_check_refuses_what_the_image_must_not_do(string dockerfile, string problem)
    {
        Assert.Contains(DockerfileProblems(dockerfile), p => p.Contains(problem, StringComparison.Ordinal));
    }

    /// <summary>What makes a Dockerfile unfit for the server image, one line each; none for a fit one.</summary>
    private static List<string> DockerfileProblems(string text)
    {
        var problems = new List<string>();
        var instructions = Instructions(text);
        var stageNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stages = 0;
        var lastUser = (string?)null;
        var lastEntrypoint = (string?)null;
        foreach (var (keyword, arguments) in instructions)
        {
            switch (keyword)
            {
                case "FROM":
                    stages++;
                    lastUser = null;
                    lastEntrypoint = null;
                    var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var image = parts.FirstOrDefault(p => !p.StartsWith("--", StringComparison.Ordinal)) ?? "";
                    if (!stageNames.Contains(image))
                    {
                        var name = image[(image.LastIndexOf('/') + 1)..];
                        var tag = name.Contains('@', StringComparison.Ordinal) ? "digest" : name.Contains(':', StringComparison.Ordinal) ? name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..] : null;
                        problems.AddRange(tag is null ? [$"FROM {image}: no tag"] : tag == "latest" ? [$"FROM {image}: tag latest"] : []);
                    }

                    if (parts.Length >= 3 && parts[^2].Equals("AS", StringComparison.OrdinalIgnoreCase))
                    {
                        stageNames.Add(parts[^1]);
                    }

                    break;
                case "USER":
                    lastUser = arguments;
                    break;
                case "ENTRYPOINT":
                    lastEntrypoint = arguments;
                    break;
                case "ADD" when arguments.Contains("://", StringComparison.Ordinal):
                    problems.Add($"ADD of a URL: {arguments}");
                    break;
                case "ENV" or "ARG":
                    var variable = arguments.Split('=', ' ')[0];
                    if (SecretName().IsMatch(variable))
                    {
                        problems.Add($"secret in {variable}");
                    }

                    break;
            }
        }

        if (stages < 2)
        {
            problems.Add("single stage: the build must run in its own stage");
        }

        problems.AddRange(UserProblems(lastUser));
        if (lastEntrypoint is null || !IsExecForm(lastEntrypoint))
        {
            problems.Add($"entrypoint not exec form: {lastEntrypoint}");
        }

        return problems;
    }

    private static IEnumerable<string> UserProblems(string? user)
    {
        if (user is null)
        {
            return ["no user in the final stage: it would run as root"];
        }

        var ids = user.Split(':');
        return !ids.All(id => id.Length > 0 && id.All(char.IsAsciiDigit)) ? [$"user not numeric: {user}"]
            : ids[0].TrimStart('0').Length == 0 ? [$"user root: {user}"]
            : [];
    }

    private static bool IsExecForm(string arguments)
    {
        try
        {
            using var document = JsonDocument.Parse(arguments);
            return document.RootElement.ValueKind == JsonValueKind.Array
                && document.RootElement.GetArrayLength() > 0
                && document.RootElement.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The instructions, continuation lines joined and comments left out.</summary>
    private static List<(string Keyword, string Arguments)> Instructions(string text)
    {
        var instructions = new List<(string, string)>();
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1].Trim() + " ";
                continue;
            }

            var whole = (pending + line).Trim();
            pending = "";
            var space = whole.IndexOf(' ', StringComparison.Ordinal);
            instructions.Add(space < 0 ? (whole.ToUpperInvariant(), "") : (whole[..space].ToUpperInvariant(), whole[(space + 1)..].Trim()));
        }

        return instructions;
    }

    [GeneratedRegex(@"timeoutSeconds:\s*(\d+)")]
    private static partial System.Text.RegularExpressions.Regex TimeoutSecondsLine();

    [GeneratedRegex(@"timeoutMilliseconds:\s*(\d+)")]
    private static partial System.Text.RegularExpressions.Regex BudgetLine();

    [GeneratedRegex(@"(?m)^\s{8}runAsUser:\s*(\d+)")]
    private static partial System.Text.RegularExpressions.Regex RunAsUser();

    [GeneratedRegex(@"(?m)^\s{8}runAsGroup:\s*(\d+)")]
    private static partial System.Text.RegularExpressions.Regex RunAsGroup();

    [GeneratedRegex("TOKEN|PASSWORD|SECRET|API_?KEY", RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SecretName();
}
