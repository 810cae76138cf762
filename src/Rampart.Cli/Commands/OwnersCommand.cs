using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Ownership;
using Rampart.Scanning;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart owners explain PATH [--rule ID] [--kind KIND] [--namespace NS] [--entry-point FILE]</c>: which
/// CODEOWNERS lines and which routing rules of <c>rampart.yaml</c> decide the owners and the responsibility of a
/// path (and of a rule's findings there, on a resource of that kind and namespace, rendered from that entry point):
/// everything the scan's attribution looks at, so the answer is the scan's.
/// </summary>
internal static class OwnersCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path") { Description = "A path relative to the repository root.", Arity = ArgumentArity.ZeroOrOne };
        var pathOption = new Option<string?>("--path") { Description = "The path, as an option (same as the argument)." };
        var rule = new Option<string?>("--rule") { Description = "Explain for findings of this rule id (or alias) at the path." };
        var root = new Option<string>("--root") { Description = "The repository root (default: the current folder).", DefaultValueFactory = _ => "." };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: rampart.yaml or rampart.yml in the root, or above it up to the repository's top)." };
        var kind = new Option<string?>("--kind") { Description = "The kind of the finding's resource (without --namespace: a cluster-scoped resource)." };
        var ns = new Option<string?>("--namespace") { Description = "The namespace of the finding's resource." };
        var entryPoint = new Option<string?>("--entry-point")
        {
            Description = "For a finding on a rendered object: the file of the entry point that rendered it (its owners are added, as in the scan).",
        };
        var explain = new Command("explain", "Show which CODEOWNERS lines and routing rules decide the owners of a path.");
        explain.Arguments.Add(path);
        explain.Options.Add(pathOption);
        explain.Options.Add(rule);
        explain.Options.Add(root);
        explain.Options.Add(config);
        explain.Options.Add(kind);
        explain.Options.Add(ns);
        explain.Options.Add(entryPoint);
        explain.SetAction(parse =>
        {
            var (argument, option) = (parse.GetValue(path), parse.GetValue(pathOption));
            if ((argument is null) == (option is null))
            {
                return console.Fail(ExitCodes.Usage, "give the path once: as the argument or as --path");
            }

            var resource = parse.GetValue(kind) is null && parse.GetValue(ns) is null ? null : new ResourceRef("", parse.GetValue(kind) ?? "", parse.GetValue(ns), null);
            var target = new ExplainTarget(Relative(argument ?? option!), resource, parse.GetValue(entryPoint) is { } entry ? Relative(entry) : null);
            return Explain(console, target, parse.GetValue(rule), parse.GetValue(root)!, parse.GetValue(config));
        });

        var owners = new Command("owners", "Ownership: who owns what, and why.");
        owners.Subcommands.Add(explain);
        return owners;
    }

    private static string Relative(string path) => path.Replace('\\', '/').TrimStart('/');

    private static int Explain(CliConsole console, ExplainTarget target, string? ruleId, string root, string? configPath)
    {
        if (!Directory.Exists(root))
        {
            return console.Fail(ExitCodes.Usage, $"'{root}' is not a folder");
        }

        var loaded = ConfigLoader.LoadForRepository(root, configPath);
        if (!loaded.Ok)
        {
            foreach (var error in loaded.Errors)
            {
                console.Error.WriteLine($"rampart: {error}");
            }

            return ExitCodes.Usage;
        }

        RuleDescriptor? rule = null;
        if (ruleId is not null && (rule = RuleCatalog.Find(ruleId)) is null)
        {
            return console.Fail(ExitCodes.Usage, $"unknown rule '{ruleId}'");
        }

        var relative = target.Path;
        var codeOwners = CodeOwnersSource.Locate(root, loaded.Config);
        console.Out.WriteLine(codeOwners is null
            ? "CODEOWNERS: none found (looked in .github/, the root, docs/ and .gitlab/)"
            : codeOwners.Explain(relative).ToText().TrimEnd());
        console.Out.WriteLine();

        var finding = new Finding
        {
            RuleId = rule?.Id ?? "(any rule)",
            Title = rule?.Title ?? "",
            Category = rule?.Category ?? Category.Misconfiguration,
            Severity = rule?.Severity ?? Severity.Info,
            Responsibility = rule?.Responsibility ?? Responsibility.Developers,
            Message = "",
            Aliases = rule?.Aliases ?? [],
            Location = new SourceLocation(relative),
            Resource = target.Resource,
            Origin = target.EntryPoint is { } entry ? new RenderOrigin("", entry, new SourceLocation(entry), [entry, relative]) : null,
        };
        if (rule is null && loaded.Config.Routing.Count > 0)
        {
            console.Out.WriteLine("Routing (no --rule given: rules that also match on category, responsibility, rule, kind or namespace are shown for a misconfiguration finding; pass --rule for a precise answer):");
        }
        else if (rule is not null)
        {
            console.Out.WriteLine($"Routing for {rule.Id} ({rule.Title}; {rule.Category.ToString().ToLowerInvariant()}, default responsibility {rule.Responsibility.ToString().ToLowerInvariant()}):");
        }

        foreach (var line in new Attributor(loaded.Config, codeOwners).Explain(finding))
        {
            console.Out.WriteLine($"  {line}");
        }

        return ExitCodes.Clean;
    }
}
