using Rampart.Findings;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Bases;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>
/// State shared by one build: the files, the options, the YAML loader (recording origins) and the first failure.
/// Kustomize stops at the first error; so does a build here: once <see cref="Failed"/> is set, every step returns.
/// </summary>
internal sealed class BuildContext
{
    public BuildContext(IKustomizeFileSystem files, KustomizeOptions options, KustomizeBaseCache? bases = null)
    {
        Options = options;
        Loader = new(options.LoadLimits) { RecordOrigins = true };
        if (bases is not null && bases.Serves(files))
        {
            Bases = bases;
            View = files as IKustomizeFileSystemView;
            Log = new LoggedFileSystem(files);
        }

        Files = (IKustomizeFileSystem?)Log ?? files;
    }

    public IKustomizeFileSystem Files { get; }
    public KustomizeOptions Options { get; }

    /// <summary>The bases built before in the same scan, when this build's files are those they were built from.</summary>
    public KustomizeBaseCache? Bases { get; }

    /// <summary>The view of the repository the build reads through, when it is one.</summary>
    public IKustomizeFileSystemView? View { get; }

    /// <summary>What the build asked of its files, in order (with <see cref="Bases"/> only).</summary>
    public LoggedFileSystem? Log { get; }

    /// <summary>The real folders of the kustomizations entered so far, in order (what a kept base depended on).</summary>
    public List<string> Entered { get; } = [];

    /// <summary>The deepest <see cref="Stack"/> a kustomization was entered at, since the base being built began.</summary>
    public int DeepestCall { get; set; }
    public YamlLoader Loader { get; }
    public List<Finding> Findings { get; } = [];
    public bool Failed => Findings.Count > 0;

    /// <summary>The folders of the kustomizations being built, outermost first (for cycles and depth).</summary>
    public List<string> Stack { get; } = [];

    /// <summary>The kustomization files being built, outermost first (each resource keeps this chain).</summary>
    public List<string> Chain { get; } = [];

    /// <summary>The folder of the entry kustomization.</summary>
    public string TopDirectory { get; set; } = "";

    /// <summary>A kustomization of the build gave a custom OpenAPI schema (<c>openapi: path</c>).</summary>
    public bool CustomSchema { get; set; }

    /// <summary>The entry kustomization asks for <c>buildMetadata: [transformerAnnotations]</c>.</summary>
    public bool RecordTransformations { get; set; }

    /// <summary>Resources looked at to find the targets of patches (a measure of the build's work, for tests).</summary>
    public long TargetChecks;

    /// <summary>Fields walked to fix name references at the end of the build (for tests).</summary>
    public long NameReferenceWalks;

    /// <summary>Records a failure at a node of a file read for the build; always returns false.</summary>
    public bool Fail(string message, KNode? at, string fallbackPath, RuleDescriptor? rule = null) =>
        Fail(message, at?.Origin?.Path ?? fallbackPath, at?.Start ?? default, rule);

    /// <summary>Records a failure at a place; always returns false.</summary>
    public bool Fail(string message, string path, Mark at, RuleDescriptor? rule = null)
    {
        if (!Failed)
        {
            Findings.Add((rule ?? KustomizeRules.Invalid).Report(message, new SourceLocation(KustomizePaths.Show(path), at.Line, at.Column)));
        }

        return false;
    }

    /// <summary>Records a finding the loader made (a YAML syntax error) as the build's failure.</summary>
    public bool Fail(Finding problem)
    {
        if (!Failed)
        {
            Findings.Add(KustomizeRules.Invalid.Report(problem.Message, problem.Location));
        }

        return false;
    }
}
