using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Configuration;
using Rampart.Server;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart serve --urls URL [--tls-cert FILE --tls-key FILE | --self-signed] [--config FILE] [--policies DIR]</c>:
/// the validating admission webhook, enforcing the policies <c>scan</c> checks. Runs until SIGTERM. With <c>--store</c>,
/// also the findings store's API, and the decisions with findings are recorded in the store.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var urls = new Option<string[]>("--urls") { Description = "Where to listen (repeatable or ;-separated), e.g. https://0.0.0.0:8443.", DefaultValueFactory = _ => ["https://0.0.0.0:8443"] };
        var certificate = new Option<string?>("--tls-cert") { Description = "PEM certificate (chain); read again when the file changes." };
        var key = new Option<string?>("--tls-key") { Description = "PEM private key of --tls-cert." };
        var selfSigned = new Option<bool>("--self-signed") { Description = "Serve with an in-memory self-signed certificate instead." };
        var config = new Option<string?>("--config") { Description = "The rampart.yaml whose rules, profiles, policies, parameters, waivers and admission settings apply." };
        var policies = new Option<string[]>("--policies") { Description = "Folders of policies to add (as scan --policies)." };
        var store = new Option<bool>("--store") { Description = "Also serve the findings store's API under /api/v1 (docs/api.md), from --database or the data directory." };
        var adminTokenFile = new Option<string?>("--admin-token-file") { Description = "A file holding the store's admin token (default: RAMPART_ADMIN_TOKEN)." };
        var location = new StoreLocationOptions();
        var storeSettings = new StoreSettingsOptions();
        var cluster = new StoreCluster();
        var command = new Command("serve", "Run the validating admission webhook: /validate, /healthz, /readyz, /metrics; with --store, the findings store's API too.");
        command.Options.Add(urls);
        command.Options.Add(certificate);
        command.Options.Add(key);
        command.Options.Add(selfSigned);
        command.Options.Add(config);
        command.Options.Add(policies);
        command.Options.Add(store);
        command.Options.Add(adminTokenFile);
        location.AddTo(command);
        storeSettings.AddTo(command);
        cluster.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new ServeOptions
            {
                Urls = [.. (parse.GetValue(urls) ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                TlsCertificatePath = parse.GetValue(certificate),
                TlsKeyPath = parse.GetValue(key),
                SelfSigned = parse.GetValue(selfSigned),
                ConfigPath = parse.GetValue(config),
                Policies = parse.GetValue(policies) ?? [],
                OwnNamespace = Environment.GetEnvironmentVariable("POD_NAMESPACE"),
            };
            ServeStore? served = null;
            if (parse.GetValue(store))
            {
                var configPath = parse.GetValue(config);
                var file = ConfigLoader.LoadForRepository(configPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(configPath))!, configPath);
                if (file.Errors.Count > 0)
                {
                    return console.Fail(ExitCodes.Usage, string.Join(Environment.NewLine, file.Errors));
                }

                var (storeOptions, settingsError) = storeSettings.Read(parse, file.Config.Store, Environment.GetEnvironmentVariable);
                var (clusterName, clusterError) = cluster.Read(parse, file.Config.Store, Environment.GetEnvironmentVariable);
                if ((settingsError ?? clusterError) is { } invalid)
                {
                    return console.Fail(ExitCodes.Usage, invalid);
                }

                try
                {
                    served = await ServeStore.OpenAsync(location.Read(parse), storeOptions!, clusterName!, parse.GetValue(adminTokenFile), Environment.GetEnvironmentVariable, cancellation).ConfigureAwait(false);
                }
                catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
                {
                    return console.Fail(ExitCodes.Usage, $"cannot open the findings store: {e.Message}");
                }

                options = options with { EndpointGroups = [served.Endpoints], Recorder = served.Recorder };
            }

            await using var storeLease = served;
            var (host, errors) = RampartServer.Create(options);
            if (host is null)
            {
                foreach (var error in errors)
                {
                    console.Error.WriteLine($"rampart: {error}");
                }

                return ExitCodes.Usage;
            }

            await using (host.ConfigureAwait(false))
            {
                await host.RunAsync().ConfigureAwait(false);
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
