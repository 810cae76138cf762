using System.CommandLine;
using Rampart.Configuration;
using Rampart.Store;

namespace Rampart.Cli.Commands;

/// <summary>
/// The options that set the findings store's policy: <c>--sla</c> and <c>--retention-days</c>, over
/// <c>RAMPART_SLA_DAYS</c> and <c>RAMPART_RETENTION_DAYS</c>, over the <c>store</c> section of <c>rampart.yaml</c>,
/// over the defaults (docs/store.md). The SLA merges per severity: a layer changes only the severities it names.
/// </summary>
internal sealed class StoreSettingsOptions
{
    private readonly Option<string?> sla = new("--sla")
    {
        Description = "Days to fix per severity, e.g. critical=3,high=14,low=none (default: RAMPART_SLA_DAYS, then store.sla of rampart.yaml, then critical=7,high=30,medium=90).",
    };

    private readonly Option<int?> retention = new("--retention-days")
    {
        Description = "Delete findings fixed, and scans received, more than this many days ago (default: RAMPART_RETENTION_DAYS, then store.retentionDays; none: keep everything).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(sla);
        command.Options.Add(retention);
    }

    public (StoreOptions? Options, string? Error) Read(ParseResult parse, StoreSettings file, Func<string, string?> environment) =>
        Build(file, environment("RAMPART_SLA_DAYS"), parse.GetValue(sla), environment("RAMPART_RETENTION_DAYS"), parse.GetValue(retention));

    /// <summary>The store's options from the layers, lowest first; an error names the layer that is wrong.</summary>
    public static (StoreOptions? Options, string? Error) Build(StoreSettings file, string? environmentSla, string? flagSla, string? environmentRetention, int? flagRetention)
    {
        var options = StoreOptions.Default.WithSla(file.Sla) with { RetentionDays = file.RetentionDays, LinkTemplate = file.LinkTemplate };
        foreach (var (text, where) in new[] { (environmentSla, "RAMPART_SLA_DAYS"), (flagSla, "--sla") })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var (days, error) = StoreOptions.ParseSla(text);
            if (error is not null)
            {
                return (null, $"{where}: {error}");
            }

            options = options.WithSla(days!);
        }

        if (!string.IsNullOrWhiteSpace(environmentRetention))
        {
            if (!int.TryParse(environmentRetention, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) || days < 1)
            {
                return (null, $"RAMPART_RETENTION_DAYS: '{environmentRetention}' is not a whole number of days from 1");
            }

            options = options with { RetentionDays = days };
        }

        if (flagRetention is { } given)
        {
            if (given < 1)
            {
                return (null, $"--retention-days: {given} is not a whole number of days from 1");
            }

            options = options with { RetentionDays = given };
        }

        return (options, null);
    }
}
