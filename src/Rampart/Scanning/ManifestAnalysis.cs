using System.Collections.Concurrent;
using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Ownership;

namespace Rampart.Scanning;

/// <summary>
/// The second pass: every manifest loaded one document at a time, each object handed to every analyzer,
/// and each finding suppressed by annotation and fingerprinted while its object's tree is still at hand.
/// The load decides what a file is (<see cref="FileOutcome"/>): its other load findings are held until its
/// first object shows it is a manifest, and dropped when it holds none; a document that cannot be loaded is
/// reported whatever the file holds (except in a tool's configuration, which may be written in the tool's dialect),
/// since it may hide an object; a file that cannot be read at all is reported in every case; documents
/// with Go template actions are not rendered. Files are processed in parallel; an analyzer that fails on an
/// object becomes a finding and the scan goes on.
/// </summary>
internal static class ManifestAnalysis
{
    public sealed record Result(List<Finding> Findings, int Objects, int Failures, IReadOnlyDictionary<FileOutcome, int> Outcomes);

    public static Result Run(
        IReadOnlyList<DiscoveredFile> manifests,
        IReadOnlyList<IObjectAnalyzer> analyzers,
        ManifestInventory inventory,
        Attributor attributor,
        YamlLoader loader,
        ScanOptions options,
        CancellationToken cancellation)
    {
        var context = new AnalysisContext(inventory.Objects, cancellation);
        var strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        var objects = 0;
        var failures = 0;
        var outcomes = Enum.GetValues<FileOutcome>().ToDictionary(o => o, _ => 0);
        var done = 0;
        var gate = new Lock();
        Parallel.ForEach(
            manifests,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellation },
            () => new Worker(analyzers, context, attributor, strings),
            (file, _, worker) =>
            {
                worker.Analyze(file, loader);
                var count = Interlocked.Increment(ref done);
                options.Progress?.Report(new ScanProgress("analyze", count, manifests.Count, Volatile.Read(ref objects) + worker.Objects));
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    findings.AddRange(worker.Findings);
                    objects += worker.Objects;
                    failures += worker.Failures;
                    foreach (var (outcome, count) in worker.Outcomes)
                    {
                        outcomes[outcome] += count;
                    }
                }
            });
        return new Result(findings, objects, failures, outcomes);
    }

    /// <param name="strings">
    /// Field paths and messages repeat across thousands of objects; keeping one copy of each keeps the memory
    /// of a large scan's findings small.
    /// </param>
    private sealed class Worker(
        IReadOnlyList<IObjectAnalyzer> analyzers, AnalysisContext context, Attributor attributor, ConcurrentDictionary<string, string> strings)
    {
        private readonly List<KubernetesObject> objects = [];
        private readonly List<Finding> perObject = [];

        /// <summary>Load findings of the current file held until it shows itself a manifest.</summary>
        private readonly List<Finding> held = [];
        private bool isManifest;
        private bool quietFailures;
        private bool failed;
        private bool unread;
        private Mark? template;

        public List<Finding> Findings { get; } = [];
        public int Objects { get; private set; }
        public int Failures { get; private set; }
        public Dictionary<FileOutcome, int> Outcomes { get; } = [];

        public void Analyze(DiscoveredFile file, YamlLoader loader)
        {
            held.Clear();
            isManifest = false;
            quietFailures = file.Kind == FileKind.ToolConfiguration;
            failed = false;
            unread = false;
            template = null;
            FileStream stream;
            try
            {
                stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Findings.Add(Finish(DiscoveryFindings.UnreadableFile(file.RelativePath, "the file cannot be read: " + ReadFailures.Describe(e)), root: null));
                Count(FileOutcome.NotScanned);
                return;
            }

            Exception? failure;
            using (stream)
            using (var documents = loader.Load(file.RelativePath, stream).GetEnumerator())
            {
                LoadedDocument? document;
                while (ReadFailures.TryNext(documents, out document, out failure))
                {
                    Take(document!);
                }

                if (failure is not null)
                {
                    Findings.Add(Finish(DiscoveryFindings.UnreadableFile(file.RelativePath,
                        $"reading the file failed after {stream.Position:N0} bytes ({ReadFailures.Describe(failure)}); the rest was not checked"), root: null));
                }
            }

            if (template is { } at && (isManifest || !quietFailures))
            {
                Findings.Add(Finish(DiscoveryFindings.NotRendered(file.RelativePath, at.Line), root: null));
            }

            Count(isManifest ? FileOutcome.Manifest
                : failure is not null || unread ? FileOutcome.NotScanned
                : quietFailures ? FileOutcome.ToolConfiguration
                : template is not null ? FileOutcome.NotRendered
                : failed ? FileOutcome.NotScanned
                : FileOutcome.WithoutObjects);
        }

        /// <summary>One document: its objects analyzed, its findings reported or held.</summary>
        private void Take(LoadedDocument document)
        {
            if (document.TemplateAction is { } action)
            {
                template ??= action;
                return;
            }

            objects.Clear();
            perObject.Clear();
            ObjectReader.Read(document, isManifest: true, objects, perObject);
            var unloadable = document.Root is null;
            failed |= unloadable && document.Problems.Count > 0;
            unread |= document.WholeFile;
            if (!isManifest && objects.Count > 0)
            {
                isManifest = true;
                foreach (var problem in held)
                {
                    Findings.Add(Finish(problem, root: null));
                }

                held.Clear();
            }

            foreach (var problem in document.Problems.Concat(perObject))
            {
                Report(problem, unloadable);
            }

            foreach (var obj in objects)
            {
                var resource = obj.Resource;
                Analyze(obj with
                {
                    Resource = resource with
                    {
                        ApiVersion = Shared(resource.ApiVersion),
                        Kind = Shared(resource.Kind),
                        Namespace = resource.Namespace is { } ns ? Shared(ns) : null,
                    },
                });
            }
        }

        /// <summary>
        /// A load finding goes out once the file has shown an object; before that it waits, unless it says a document
        /// could not be loaded (which may have been an object), outside a tool's configuration; or that the file could
        /// not be read at all (a UTF-16 file, which kubectl reads, is no dialect of a tool), in any file.
        /// </summary>
        private void Report(Finding problem, bool unloadable)
        {
            if (isManifest || (unloadable && (!quietFailures || unread)))
            {
                Findings.Add(Finish(problem, root: null));
            }
            else
            {
                held.Add(problem);
            }
        }

        private void Count(FileOutcome outcome) => Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;

        private void Analyze(KubernetesObject obj)
        {
            Objects++;
            perObject.Clear();
            foreach (var analyzer in analyzers)
            {
                try
                {
                    analyzer.Analyze(obj, context, perObject);
                }
#pragma warning disable CA1031 // A defect in one analyzer must not lose the rest of the scan: it becomes a finding and exit code 3.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    Failures++;
                    perObject.Add(Failure(obj, analyzer, e));
                }
            }

            foreach (var finding in perObject)
            {
                Findings.Add(Finish(AnnotationSuppression.Apply(finding, obj), obj.Root));
            }
        }

        /// <summary>
        /// The one copy kept of each finding: fingerprinted while its object's tree is at hand, attributed to its
        /// owners, with repeated strings shared.
        /// </summary>
        private Finding Finish(Finding finding, Node? root)
        {
            var (owners, responsibility) = attributor.Resolve(finding);
            return finding with
            {
                Fingerprint = Fingerprinter.Compute(finding, root),
                Message = Shared(finding.Message),
                Location = finding.Location.FieldPath is { } fieldPath ? finding.Location with { FieldPath = Shared(fieldPath) } : finding.Location,
                Owners = owners,
                Responsibility = responsibility,
            };
        }

        private string Shared(string text) => strings.GetOrAdd(text, text);

        private static Finding Failure(KubernetesObject obj, IObjectAnalyzer analyzer, Exception e) =>
            ScanRules.AnalyzerFailed.Report(
                $"the {analyzer.Scanner} analyzer failed: {e.GetType().Name}: {e.Message}",
                new SourceLocation(obj.Path, obj.Root.Start.Line, obj.Root.Start.Column),
                obj.Resource) with { Discriminator = analyzer.Scanner };
    }
}
