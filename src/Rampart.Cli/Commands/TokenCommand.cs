using System.CommandLine;
using System.Data.Common;
using Rampart.Cli.Output;
using Rampart.Store;
using Rampart.Store.Auth;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart token create --team NAME --scope read|upload</c>: a team token for the store's API, printed once.</summary>
internal static class TokenCommand
{
    public static Command Create(CliConsole console)
    {
        var location = new StoreLocationOptions();
        var team = new Option<string>("--team") { Description = "The team the token belongs to (a team name of rampart.yaml, or an owner handle).", Required = true };
        var scope = new Option<string>("--scope") { Description = "read (the team's findings) or upload (scans from CI).", Required = true };
        scope.AcceptOnlyFromAmong("read", "upload");
        var create = new Command("create", "Create an API token for a team; it is printed once and stored only as its SHA-256.");
        create.Options.Add(team);
        create.Options.Add(scope);
        location.AddTo(create);
        create.SetAction((parse, cancellation) => CreateAsync(console, location.Read(parse), parse.GetValue(team)!,
            parse.GetValue(scope) == "upload" ? TokenScope.Upload : TokenScope.Read, cancellation));

        var token = new Command("token", "API tokens of the findings store.");
        token.Subcommands.Add(create);
        return token;
    }

    private static async Task<int> CreateAsync(CliConsole console, StoreDatabase database, string team, TokenScope scope, CancellationToken cancellation)
    {
        if (team.Trim().Length == 0 || team.Length > 256 || team.Any(char.IsControl))
        {
            return console.Fail(ExitCodes.Usage, "--team must be a name of 1 to 256 printable characters");
        }

        try
        {
            await using var store = await FindingStore.OpenAsync(database, cancellation: cancellation).ConfigureAwait(false);
            var token = await store.Tokens.CreateAsync(team.Trim(), scope, cancellation).ConfigureAwait(false);
            console.Out.WriteLine(token);
            console.Error.WriteLine($"rampart: {TokenStore.ScopeName(scope)} token for team {team.Trim().ToLowerInvariant()} stored in {database.Display}; it is not shown again");
            return ExitCodes.Clean;
        }
        catch (DbException e)
        {
            return console.Fail(ExitCodes.Usage, $"cannot open the store at {database.Display}: {e.Message}");
        }
    }
}
