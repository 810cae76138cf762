using System.CommandLine;
using Rampart.Cli.Output;

namespace Rampart.Cli.Commands;

internal static class ScanCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("path") { Description = "The repository or folder to scan.", DefaultValueFactory = _ => "." };
        var command = new Command("scan", "Scan a repository: validate and check every manifest, attribute findings to owners, and gate.");
        command.Arguments.Add(path);
        command.SetAction(parse =>
        {
            console.Out.WriteLine(parse.GetValue(path));
            return ExitCodes.Clean;
        });
        return command;
    }
}
