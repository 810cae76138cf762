using System.Text;
using Rampart.Rendering.Helm;

namespace Rampart.Tests.Rendering.Helm;

/// <summary>A <c>helm template</c> command line of the goldens' manifest, turned into a render request and the output filters it asks for.</summary>
internal sealed record HelmGoldenCommand(HelmRenderRequest? Request, IReadOnlyList<string> ShowOnly, bool SkipTests, string? Unsupported)
{
    /// <summary>Whether the command is <c>helm install --dry-run</c> (the release status is printed), not <c>helm template</c>.</summary>
    public bool InstallDryRun { get; init; }

    /// <summary><c>--hide-secret</c> of <c>helm install --dry-run</c>.</summary>
    public bool HideSecret { get; init; }

    public static HelmGoldenCommand Parse(string command, string folder)
    {
        var args = ShellWords(command);
        if (args.Count == 0 || args[0] is not ("template" or "install"))
        {
            return new HelmGoldenCommand(null, [], false, $"'{(args.Count > 0 ? args[0] : "")}' is neither a template nor an install command");
        }

        var install = args[0] == "install";
        var dryRun = false;
        var hideSecret = false;
        var positional = new List<string>();

        string? chart = null;
        var values = new List<(string, string)>();
        var set = new List<string>();
        var apis = new List<string>();
        var show = new List<string>();
        string? kube = null;
        string? nameTemplate = null;
        var crds = false;
        var skipTests = false;
        for (var i = 1; i < args.Count; i++)
        {
            var a = args[i];
            var (flag, inline) = a.Contains('=', StringComparison.Ordinal) && a.StartsWith("--", StringComparison.Ordinal) ? (a[..a.IndexOf('=', StringComparison.Ordinal)], a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..]) : (a, null);
            string Next() => inline ?? args[++i];
            switch (flag)
            {
                case "--set": set.Add(Next()); break;
                case "--values" or "-f": var v = Next(); values.Add((Path.Combine(folder, v), v)); break;
                case "--kube-version": kube = Next(); break;
                case "--api-versions": apis.AddRange(Next().Split(',')); break;
                case "--show-only" or "-s": show.Add(Next()); break;
                case "--include-crds": crds = true; break;
                case "--skip-tests": skipTests = true; break;
                case "--name-template": nameTemplate = Next(); break;
                case "--debug": break;
                case "--dry-run" when install: dryRun = true; break;
                case "--hide-secret" when install: hideSecret = true; break;
                default:
                    if (a.StartsWith('-'))
                    {
                        return new HelmGoldenCommand(null, [], false, $"flag {a} is not supported");
                    }

                    positional.Add(a);
                    break;
            }
        }

        if (install && !dryRun)
        {
            return new HelmGoldenCommand(null, [], false, "only install --dry-run is modelled");
        }

        var releaseName = install && positional.Count == 2 ? positional[0] : null;

        chart = positional.Count > 0 ? positional[^1] : null;

        if (chart is null)
        {
            return new HelmGoldenCommand(null, [], false, "no chart given");
        }

        var request = new HelmRenderRequest(Path.Combine(folder, chart))
        {
            DisplayPath = chart,
            ValuesFiles = values,
            Set = set,
            ApiVersions = apis,
            IncludeCrds = crds,
            KubeVersion = kube is null ? "v1.20.0" : kube,
            ReleaseName = releaseName ?? (nameTemplate is null ? "release-name" : HelmReleaseName.Render(nameTemplate) ?? "release-name"),
        };
        return new HelmGoldenCommand(request, show, skipTests, null) { InstallDryRun = install, HideSecret = hideSecret };
    }

    private static List<string> ShellWords(string s)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        var any = false;
        char quote = '\0';
        foreach (var c in s)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    sb.Append(c);
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                any = true;
                continue;
            }

            if (c == ' ')
            {
                if (any || sb.Length > 0)
                {
                    words.Add(sb.ToString());
                }

                sb.Clear();
                any = false;
                continue;
            }

            sb.Append(c);
        }

        if (any || sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }
}
