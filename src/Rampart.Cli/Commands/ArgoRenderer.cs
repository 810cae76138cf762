using Rampart.Analysis;
using Rampart.Cli.Output;
using Rampart.Discovery;
using Rampart.Rendering;
using Rampart.Rendering.Argo;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart render</c> for a file holding Argo CD <c>Application</c>s or <c>ApplicationSet</c>s: every application it
/// declares or generates is rendered from the repository around it and printed as <c>kubectl kustomize</c> prints
/// objects. What was not checked goes to standard error; a render problem fails the whole, as elsewhere.
/// </summary>
internal static class ArgoRenderer
{
    private static readonly byte[] Marker = "argoproj.io"u8.ToArray();

    /// <summary>Whether <paramref name="target"/> is a YAML file that names Argo CD's API group.</summary>
    public static bool Handles(string target)
    {
        if (!File.Exists(target) || !(target.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        try
        {
            return File.ReadAllBytes(target).AsSpan().IndexOf(Marker) >= 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static int Render(CliConsole console, string file, string root, string? cacheDir, CancellationToken cancellation)
    {
        var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return console.Fail(ExitCodes.Usage, $"'{file}' is not inside the root '{root}'");
        }

        var discovered = new RepositoryWalker().Walk(root, cancellation).OfType<DiscoveredFile>().ToList();
        var inputs = new RenderInputs(new FolderFileSystem(root, KustomizeOptions.Default.LoadLimits.MaxFileBytes), discovered, ScanIndex.Empty);
        var source = new ArgoApplicationSource(ChartsCommand.Cache(console, cacheDir));
        var renders = source.Find(inputs, cancellation).Where(e => e.File == relative).Select(e => source.Render(e, inputs, cancellation)).ToList();
        if (renders.Count == 0)
        {
            return console.Fail(ExitCodes.Usage, $"'{file}' holds no Argo CD Application or ApplicationSet that can be rendered");
        }

        foreach (var note in renders.SelectMany(r => r.NotChecked))
        {
            console.Error.WriteLine($"rampart: not checked: {note}");
        }

        return RenderCommand.Print(console, root, renders.SelectMany(r => r.Objects), [.. renders.SelectMany(r => r.Findings)]);
    }
}
