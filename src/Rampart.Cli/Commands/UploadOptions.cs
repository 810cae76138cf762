using System.CommandLine;

namespace Rampart.Cli.Commands;

/// <summary>The options of <c>rampart scan --upload URL</c>: where the JSON report goes, with which token, for which repository and branch.</summary>
internal sealed class UploadOptions
{
    private readonly Option<string?> upload = new("--upload")
    {
        Description = "After the scan, send the JSON report to this Rampart server (POST /api/v1/scans); docs/api.md.",
    };

    private readonly Option<string?> token = new("--token")
    {
        Description = "The upload token for --upload (default: the RAMPART_TOKEN variable).",
    };

    private readonly Option<string?> repository = new("--repository")
    {
        Description = "With --upload: the repository's name in the store (default: the origin remote as host/path, else the folder's name).",
    };

    private readonly Option<string?> branch = new("--branch")
    {
        Description = "With --upload: the branch (default: git's current branch, else GITHUB_HEAD_REF, GITHUB_REF_NAME or CI_COMMIT_REF_NAME).",
    };

    private readonly Option<string?> commit = new("--commit")
    {
        Description = "With --upload: the commit scanned (default: git's HEAD).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(upload);
        command.Options.Add(token);
        command.Options.Add(repository);
        command.Options.Add(branch);
        command.Options.Add(commit);
    }

    public UploadRequest? Read(ParseResult parse) => parse.GetValue(upload) is { } url
        ? new UploadRequest(url, parse.GetValue(token), parse.GetValue(repository), parse.GetValue(branch), parse.GetValue(commit))
        : null;
}
