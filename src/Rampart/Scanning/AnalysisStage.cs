using System.Collections.Concurrent;
using Rampart.Analysis;
using Rampart.Artifacts;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Secrets;

namespace Rampart.Scanning;

/// <summary>
/// The load and analyze stage. Every YAML and JSON file that may hold objects is loaded one document at a time and
/// each object is handed to every object analyzer; every file a file analyzer asks for is handed to it; the
/// objects the artifact holds already parsed are analyzed last. Files are processed in parallel, one file per
/// worker at a time (see <see cref="AnalysisWorker"/>), so memory follows the largest document, not the
/// repository. An analyzer that fails becomes a finding (<see cref="ScanRules.AnalyzerFailed"/>) and the scan goes
/// on. The findings leave this stage as analyzers made them, with suppression annotations applied and
/// <see cref="Finding.StableFieldPath"/> set, each passed to the attribute stage as it is made.
/// </summary>
internal sealed class AnalysisStage(
    IArtifact artifact,
    YamlLoader loader,
    IReadOnlyList<IObjectAnalyzer> objectAnalyzers,
    IReadOnlyList<IFileAnalyzer> fileAnalyzers,
    IReadOnlyList<ICrossObjectAnalyzer> crossObjectAnalyzers,
    AnalysisContext context,
    AdmissionAttributes attributes,
    AttributionStage attribution,
    IReadOnlySet<string> renderInputs,
    int sniffBytes)
{
    /// <summary>The scan's inline suppressions: they may name any rule Rampart has, and the rules of the analyzers in use (your own policies).</summary>
    private readonly CommentSuppression comments = new(() => RuleCatalog.All.Concat(objectAnalyzers.Concat<IAnalyzer>(fileAnalyzers).Concat(crossObjectAnalyzers).SelectMany(a => a.Rules)));

    /// <summary>Field paths and messages, one copy each across the files and renders this stage analyzes.</summary>
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    /// <summary>Whether an analyzer of this stage reads objects: without one, no file is loaded.</summary>
    private readonly bool readsObjects = objectAnalyzers.Count + crossObjectAnalyzers.Count > 0;

    /// <param name="Unread">
    /// Files discovery left to their first read (<see cref="DiscoveredFile.ContentPending"/>) that could not be read:
    /// reported as discovery reports them, and not counted among the files scanned.
    /// </param>
    public sealed record Result(List<Finding> Findings, int Objects, int Failures, IReadOnlyDictionary<FileOutcome, int> Outcomes, int Unread = 0);

    /// <summary>The files of discovery this stage reads: the YAML and JSON that may hold objects, and what file analyzers ask for.</summary>
    public IReadOnlyList<DiscoveredFile> Select(IReadOnlyList<DiscoveredFile> files) =>
        [.. files.Where(f => Loads(f) || fileAnalyzers.Any(a => a.Files.Wants(f)))];

    /// <summary>Whether the file's objects are loaded: YAML and JSON that is not a Kustomize or Helm input or a lockfile.</summary>
    public static bool IsLoaded(DiscoveredFile file) =>
        file.NotRenderedReason is null && file.Kind is FileKind.KubernetesManifest or FileKind.ToolConfiguration;

    /// <summary>
    /// Whether this stage loads the file's objects: <see cref="IsLoaded"/>, when an analyzer reads objects, unless a
    /// render read it (its objects are checked in what it renders to).
    /// </summary>
    public bool Loads(DiscoveredFile file) => readsObjects && IsLoaded(file) && !renderInputs.Contains(file.RelativePath);

    /// <summary>Analyzes every rendered object of <paramref name="renders"/>, in parallel, with its findings relocated to the files that set them.</summary>
    public Result RunRendered(IReadOnlyList<EntryPointRender> renders, int parallelism, CancellationToken cancellation)
    {
        var tally = new Tally();
        Rendered(renders, tally.Add).Run(parallelism, cancellation);
        return new Result(tally.Findings, tally.Objects, tally.Failures, Enum.GetValues<FileOutcome>().ToDictionary(o => o, _ => 0));
    }

    /// <summary>
    /// The analysis of every rendered object of <paramref name="renders"/> as work for a parallel loop (the render
    /// stage's, beside the next batch's renders); each worker is handed to <paramref name="done"/> after its last object.
    /// </summary>
    public BatchWork Rendered(IReadOnlyList<EntryPointRender> renders, Action<AnalysisWorker> done) =>
        new RenderedObjects(
            [.. renders.SelectMany(r => r.Objects.Select(o => (r.EntryPoint, o)))],
            () => new AnalysisWorker(objectAnalyzers, context, attribution, strings, comments, crossObjectAnalyzers),
            (worker, entryPoint, rendered) => worker.Analyze(rendered, entryPoint, attributes),
            done);

    public Result Run(IReadOnlyList<DiscoveredFile> files, int parallelism, IProgress<ScanProgress>? progress, CancellationToken cancellation)
    {
        progress = progress is null or MonotonicProgress ? progress : new MonotonicProgress(progress);
        var findings = new List<Finding>();
        var objects = 0;
        var failures = 0;
        var unread = 0;
        var outcomes = Enum.GetValues<FileOutcome>().ToDictionary(o => o, _ => 0);
        var done = 0;
        var objectsSoFar = 0;
        var gate = new Lock();
        var neighbours = files.DistinctBy(f => f.RelativePath, StringComparer.Ordinal).ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        void Merge(AnalysisWorker worker)
        {
            lock (gate)
            {
                findings.AddRange(worker.Findings);
                objects += worker.Objects;
                failures += worker.Failures;
                unread += worker.Unread;
                foreach (var (outcome, count) in worker.Outcomes)
                {
                    outcomes[outcome] += count;
                }
            }
        }

        Parallel.ForEach(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            () => new AnalysisWorker(objectAnalyzers, context, attribution, strings, comments, crossObjectAnalyzers),
            (file, _, worker) =>
            {
                var before = worker.Objects;
                Analyze(file, worker, neighbours);
                var count = Interlocked.Increment(ref done);
                var analyzed = Interlocked.Add(ref objectsSoFar, worker.Objects - before);
                progress?.Report(new ScanProgress("analyze", count, files.Count, analyzed));
                return worker;
            },
            Merge);

        var held = new AnalysisWorker(objectAnalyzers, context, attribution, strings, comments, crossObjectAnalyzers);
        foreach (var parsed in artifact.Objects)
        {
            cancellation.ThrowIfCancellationRequested();
            held.Analyze(parsed.Object, parsed.Attributes);
        }

        Merge(held);
        return new Result(findings, objects, failures, outcomes, unread);
    }

    /// <summary>
    /// The findings of the cross-object analyzers, once every file and rendered object was analyzed (after <see cref="Run"/>
    /// and <see cref="RunRendered"/>), attributed like the others.
    /// </summary>
    public List<Finding> Across()
    {
        var findings = new List<Finding>();
        foreach (var analyzer in crossObjectAnalyzers)
        {
            analyzer.Report(findings);
        }

        return [.. findings.Select(attribution.Apply)];
    }

    private void Analyze(DiscoveredFile file, AnalysisWorker worker, Dictionary<string, DiscoveredFile> neighbours)
    {
        if (!file.ContentPending)
        {
            Analyze(file, null, worker, neighbours);
            return;
        }

        // Discovery left the file's classification to this, its first read: one open per file, the bytes shared by
        // its analyzers and released once they are done.
        using var first = FirstRead.Of(file, sniffBytes, SecretAnalyzer.WholeFileBytes);
        worker.Discovered(first.Item);
        if (first.Item is DiscoveredFile read)
        {
            Analyze(read, first.Content, worker, neighbours);
        }
    }

    private void Analyze(DiscoveredFile file, ArraySegment<byte>? content, AnalysisWorker worker, Dictionary<string, DiscoveredFile> neighbours)
    {
        var wanted = fileAnalyzers.Where(a => a.Files.Wants(file)).ToList();
        Func<Stream> open = () => artifact.Open(file);
        Func<string, Stream?> openNeighbour = name => neighbours.TryGetValue(Neighbour(file.RelativePath, name), out var neighbour) ? artifact.Open(neighbour) : null;
        var review = content is { } bytes ? new FileUnderReview(file, bytes, open, openNeighbour) : new FileUnderReview(file, open, openNeighbour);
        if (Loads(file))
        {
            // A file that file analyzers read too is read once and loaded from memory.
            worker.Load(file, wanted.Count == 0 ? () => artifact.Open(file) : review.OpenContent, loader, attributes);
        }

        foreach (var analyzer in wanted)
        {
            worker.Analyze(review, analyzer);
        }
    }

    /// <summary>The path of the file named <paramref name="name"/> in the folder of <paramref name="path"/>.</summary>
    private static string Neighbour(string path, string name) => path.LastIndexOf('/') is var slash and >= 0 ? path[..(slash + 1)] + name : name;

    private sealed class RenderedObjects(
        (EntryPoint EntryPoint, RenderedObject Object)[] items,
        Func<AnalysisWorker> begin,
        Action<AnalysisWorker, EntryPoint, RenderedObject> analyze,
        Action<AnalysisWorker> done) : BatchWork
    {
        public override int Count => items.Length;

        public override object Begin() => begin();

        public override void Do(int item, object state) => analyze((AnalysisWorker)state, items[item].EntryPoint, items[item].Object);

        public override void End(object state) => done((AnalysisWorker)state);
    }

    /// <summary>What the workers of analyses of rendered objects found, added up as each finishes (thread-safe).</summary>
    public sealed class Tally
    {
        private readonly Lock gate = new();

        public List<Finding> Findings { get; } = [];

        public int Objects { get; private set; }

        public int Failures { get; private set; }

        public void Add(AnalysisWorker worker)
        {
            lock (gate)
            {
                Findings.AddRange(worker.Findings);
                Objects += worker.Objects;
                Failures += worker.Failures;
            }
        }
    }
}
