using System.CommandLine;
using Rampart.Store;
using Rampart.Store.Queries;

namespace Rampart.Cli.Commands;

/// <summary>Which stored findings <c>rampart export</c> sends: <c>--team</c>, <c>--severity</c>, <c>--status</c>, <c>--category</c>, <c>--repository</c>, <c>--branch</c> (as the API's filters).</summary>
internal sealed class ExportFilterOptions
{
    private readonly Option<string?> team = new("--team") { Description = "Only findings this team (or handle) owns." };
    private readonly Option<string[]> severity = new("--severity") { Description = $"Only these severities (repeatable): {string.Join(", ", StoreValues.Severities)}." };
    private readonly Option<string[]> status = new("--status") { Description = $"Only these statuses (repeatable): {string.Join(", ", StoreValues.Statuses)} (default: all)." };
    private readonly Option<string[]> category = new("--category") { Description = $"Only these categories (repeatable): {string.Join(", ", StoreValues.Categories)}." };
    private readonly Option<string?> repository = new("--repository") { Description = "Only findings of this repository." };
    private readonly Option<string?> branch = new("--branch") { Description = "Only findings of this branch." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { team, severity, status, category, repository, branch })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The filter, or an error naming the option and its allowed values.</summary>
    public (FindingFilter? Filter, string? Error) Read(ParseResult parse)
    {
        string? Check(string name, IReadOnlyList<string> given, IReadOnlyList<string> allowed) =>
            given.FirstOrDefault(g => !allowed.Contains(g)) is { } wrong ? $"{name}: '{wrong}' is not one of {string.Join(", ", allowed)}" : null;

        var severities = parse.GetValue(severity) ?? [];
        var statuses = parse.GetValue(status) ?? [];
        var categories = parse.GetValue(category) ?? [];
        var error = Check("--severity", severities, StoreValues.Severities) ?? Check("--status", statuses, StoreValues.Statuses) ?? Check("--category", categories, StoreValues.Categories);
        return error is not null
            ? (null, error)
            : (new FindingFilter
            {
                Team = parse.GetValue(team),
                Severities = severities,
                Statuses = statuses,
                Categories = categories,
                Repository = parse.GetValue(repository),
                Branch = parse.GetValue(branch),
            }, null);
    }
}
