using System.CommandLine;
using System.Text.Json;
using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Cli.Output;
using Rampart.Loading;
using Rampart.Policies;
using Rampart.Policies.Batch;
using Rampart.Policies.Export;
using Rampart.Configuration;
using Rampart.Kubernetes.Admission;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart policy eval|list|export</c>: try an expression against an object the way a policy sees it,
/// list the built-in pack, and write policies out as ValidatingAdmissionPolicies for a cluster.
/// </summary>
internal static class PolicyCommand
{
    public static Command Create(CliConsole console)
    {
        var policy = new Command("policy", "Policies: evaluate expressions, list and export the built-in pack.");
        policy.Subcommands.Add(EvalCommand(console));
        policy.Subcommands.Add(ListCommand(console));
        policy.Subcommands.Add(ExportCommand(console));
        return policy;
    }

    private static Command EvalCommand(CliConsole console)
    {
        var expression = new Argument<string?>("expression") { Description = "A CEL expression, as in a validation of a ValidatingAdmissionPolicy.", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<string?>("--batch") { Description = "Evaluate every case of a JSON-lines FILE ({\"id\", \"expression\", \"object\", \"oldObject\", \"params\"} per line) and print one typed JSON result line per case, in order." };
        var obj = new Option<string?>("--object") { Description = "YAML or JSON file bound to `object`." };
        var oldObject = new Option<string?>("--old-object") { Description = "File bound to `oldObject` (the request is then an UPDATE; without --object, a DELETE)." };
        var parameters = new Option<string?>("--params") { Description = "File bound to `params`." };
        var namespaceObject = new Option<string?>("--namespace-object") { Description = "File bound to `namespaceObject` (default: a minimal Namespace for the object's namespace, as in a scan)." };
        var operation = new Option<string?>("--operation") { Description = "CREATE, UPDATE, DELETE or CONNECT: `request.operation` (default: from the objects given, as --old-object says)." };
        var user = new Option<string?>("--user") { Description = $"`request.userInfo.username` (default: {AdmissionUser.Scan.Username}, as in a scan)." };
        var groups = new Option<string[]>("--group") { Description = $"A group of the user, for `request.userInfo.groups`; repeatable (default: {AdmissionUser.Authenticated}).", Arity = ArgumentArity.ZeroOrMore };
        var eval = new Command("eval", "Evaluate a CEL expression against objects and print the result as JSON: exit 0 for a value, 1 for an evaluation error, 2 for a compile error.");
        eval.Arguments.Add(expression);
        eval.Options.Add(obj);
        eval.Options.Add(oldObject);
        eval.Options.Add(parameters);
        eval.Options.Add(namespaceObject);
        eval.Options.Add(operation);
        eval.Options.Add(user);
        eval.Options.Add(groups);
        eval.Options.Add(batch);
        Option[] single = [obj, oldObject, parameters, namespaceObject, operation, user, groups];
        eval.SetAction(parse =>
        {
            var text = parse.GetValue(expression);
            if (parse.GetValue(batch) is { } batchFile)
            {
                var misplaced = single.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
                return text is not null ? console.Fail(ExitCodes.Usage, "--batch: the expressions come from the file; give no expression argument")
                    : misplaced is not null ? console.Fail(ExitCodes.Usage, $"--batch: {misplaced.Name} applies to a single expression; a case names its own objects")
                    : Batch(console, batchFile);
            }

            return text is null
                ? console.Fail(ExitCodes.Usage, "an expression (or --batch FILE) is required")
                : Eval(
                    console,
                    text,
                    new EvalFiles(parse.GetValue(obj), parse.GetValue(oldObject), parse.GetValue(parameters), parse.GetValue(namespaceObject)),
                    parse.GetValue(operation),
                    parse.GetValue(user),
                    parse.GetValue(groups) ?? []);
        });
        return eval;
    }

    private static int Batch(CliConsole console, string file)
    {
        if (!File.Exists(file))
        {
            return console.Fail(ExitCodes.Usage, $"--batch: '{file}' does not exist");
        }

        using var input = new StreamReader(file);
        var summary = PolicyBatch.Run(file, input, console.Out);
        console.Error.WriteLine($"rampart: {summary}");
        return summary.InternalFailures > 0 ? ExitCodes.Internal : ExitCodes.Clean;
    }

    private static int Eval(CliConsole console, string expression, EvalFiles files, string? operationName, string? userName, string[] groups)
    {
        var errors = new List<string>();
        AdmissionOperation? operation = null;
        if (operationName is not null)
        {
            if (AdmissionOperations.TryParse(operationName, out var parsed))
            {
                operation = parsed;
            }
            else
            {
                errors.Add($"--operation: '{operationName}' is not one of {string.Join(", ", AdmissionOperations.Names)}");
            }
        }

        if (userName is not null && userName.Trim().Length == 0)
        {
            errors.Add("--user: the user name is empty");
        }

        var input = new PolicyEvalInput
        {
            Object = ReadObject(files.Object, "--object", errors),
            OldObject = ReadObject(files.OldObject, "--old-object", errors),
            Params = ReadNode(files.Params, "--params", errors),
            NamespaceObject = ReadObject(files.NamespaceObject, "--namespace-object", errors),
            Operation = operation,
            User = new AdmissionUser(userName ?? AdmissionUser.Scan.Username, groups.Length > 0 ? groups : AdmissionUser.Scan.Groups),
        };
        if (errors.Count == 0 && input.Inconsistency() is { } inconsistency)
        {
            errors.Add($"--operation {input.EffectiveOperation.Name()}: {inconsistency}");
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                console.Error.WriteLine($"rampart: {error}");
            }

            return ExitCodes.Usage;
        }

        var result = PolicyEval.Evaluate(expression, input);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (!result.Compiled)
            {
                CelJson.WriteCompileErrors(json, result.Errors);
            }
            else
            {
                CelJson.WriteResult(json, result.Value!);
            }
        }

        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        if (!result.Compiled)
        {
            foreach (var issue in result.Errors)
            {
                console.Error.WriteLine($"{issue.Line}:{issue.Column}: {issue.Message}");
                if (issue.Excerpt.Length > 0)
                {
                    console.Error.WriteLine(issue.Excerpt);
                }
            }

            return ExitCodes.Usage;
        }

        return result.Value is CelError ? ExitCodes.GateFailed : ExitCodes.Clean;
    }

    private static MappingNode? ReadObject(string? file, string option, List<string> errors) =>
        Read(file, option, errors, document => document.AsObject(file!)) as MappingNode;

    private static Node? ReadNode(string? file, string option, List<string> errors) => Read(file, option, errors, document => document);

    private static Node? Read(string? file, string option, List<string> errors, Func<PolicyInputDocument, PolicyInputDocument> check)
    {
        if (file is null)
        {
            return null;
        }

        var document = check(PolicyInputDocument.FromFile(file));
        if (document.Error is not null)
        {
            errors.Add($"{option}: {document.Error}");
        }

        return document.Root;
    }

    private static Command ListCommand(CliConsole console)
    {
        var list = new Command("list", "List the built-in policies: id, severity, category, responsibility, title.");
        list.SetAction(_ =>
        {
            foreach (var policy in BuiltInPolicies.All.Policies.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                var m = policy.Metadata;
                console.Out.WriteLine($"{m.Id}\t{m.Severity.ToString().ToLowerInvariant()}\t{m.Category.ToString().ToLowerInvariant()}\t{m.Responsibility.ToString().ToLowerInvariant()}\t{m.Title}");
            }

            return ExitCodes.Clean;
        });
        return list;
    }

    private static Command ExportCommand(CliConsole console)
    {
        var ids = new Argument<string[]>("id") { Description = "Policy ids to export (default: every built-in policy that can run in a cluster).", Arity = ArgumentArity.ZeroOrMore };
        var config = new Option<string?>("--config") { Description = "rampart.yaml whose admission.actions and admission.exemptions shape the bindings (default: ./rampart.yaml when present)." };
        var noBindings = new Option<bool>("--no-bindings") { Description = "Write the policies only, without a ValidatingAdmissionPolicyBinding for each." };
        var export = new Command("export", "Write built-in policies as ValidatingAdmissionPolicy YAML documents, with what pod-spec policies inject written out, each followed by the ValidatingAdmissionPolicyBinding that enforces it.");
        export.Arguments.Add(ids);
        export.Options.Add(config);
        export.Options.Add(noBindings);
        export.SetAction(parse =>
        {
            var wanted = parse.GetValue(ids) ?? [];
            var policies = BuiltInPolicies.All.Policies.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            var unknown = wanted.Where(id => !policies.Any(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
            {
                return console.Fail(ExitCodes.Usage, $"unknown policy id: {string.Join(", ", unknown)}");
            }

            var settings = BindingSettingsFrom(console, parse.GetValue(config));
            if (settings is null)
            {
                return ExitCodes.Usage;
            }

            var selected = wanted.Length == 0 ? policies : policies.Where(p => wanted.Contains(p.Id, StringComparer.OrdinalIgnoreCase)).ToList();
            var first = true;
            foreach (var policy in selected)
            {
                var result = parse.GetValue(noBindings) ? PolicyExporter.Export(policy) : PolicyExporter.Export(policy, settings);
                if (!result.Success)
                {
                    if (wanted.Length > 0)
                    {
                        return console.Fail(ExitCodes.Usage, $"{policy.Id}: {result.Error}");
                    }

                    console.Error.WriteLine($"rampart: skipped {policy.Id}: {result.Error}");
                    continue;
                }

                console.Out.Write(first ? "" : "---\n");
                console.Out.Write(result.Yaml);
                if (result.Binding is { } binding)
                {
                    console.Out.Write("---\n");
                    console.Out.Write(binding);
                }

                first = false;
            }

            return ExitCodes.Clean;
        });
        return export;
    }

    /// <summary>The binding settings of <paramref name="file"/> (or the rampart.yaml found from here); null after printing its errors.</summary>
    private static BindingSettings? BindingSettingsFrom(CliConsole console, string? file)
    {
        if (file is not null && !File.Exists(file))
        {
            console.Error.WriteLine($"rampart: --config: '{file}' does not exist");
            return null;
        }

        var loaded = ConfigLoader.LoadForRepository(Directory.GetCurrentDirectory(), file);
        foreach (var error in loaded.Errors)
        {
            console.Error.WriteLine($"rampart: {error}");
        }

        if (loaded.Errors.Count > 0)
        {
            return null;
        }

        var (settings, problem) = BindingSettings.From(loaded.Config.Admission);
        if (problem is not null)
        {
            console.Error.WriteLine($"rampart: {problem}");
        }

        return settings;
    }

    /// <summary>The files <c>policy eval</c> binds to the admission variables; any may be missing.</summary>
    private sealed record EvalFiles(string? Object, string? OldObject, string? Params, string? NamespaceObject);
}
