using System.Collections.Concurrent;
using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering;

namespace Rampart.Scanning;

/// <summary>
/// One thread's share of the analyze stage. The load decides what a file is (<see cref="FileOutcome"/>): its other
/// load findings are held until its first object shows it is a manifest, and dropped when it holds none; a document
/// that cannot be loaded is reported whatever the file holds (except in a tool's configuration, which may be written in
/// the tool's dialect), since it may hide an object; a file that cannot be read at all is reported in every case; documents with Go template actions are not rendered. Each finding on an object is suppressed by the
/// object's annotation and <c># rampart:ignore</c> comments and given its stable field path while the object's tree is at hand, then handed to the
/// attribute stage.
/// </summary>
/// <param name="strings">
/// Field paths and messages repeat across thousands of objects; keeping one copy of each keeps the memory of a large
/// scan's findings small.
/// </param>
/// <param name="comments">The scan's <c># rampart:ignore</c> comments: checked once each, applied to the findings of their objects.</param>
internal sealed class AnalysisWorker(
    IReadOnlyList<IObjectAnalyzer> analyzers,
    AnalysisContext context,
    AttributionStage attribution,
    ConcurrentDictionary<string, string> strings,
    CommentSuppression comments,
    IReadOnlyList<ICrossObjectAnalyzer> crossObject)
{
    private readonly List<KubernetesObject> objects = [];
    private readonly List<Finding> perObject = [];
    private Func<ReadOnlySpan<char>, string>? share;

    /// <summary>The segments of the field paths of findings on rendered objects, by path (see <see cref="RenderedLocation"/>).</summary>
    private readonly Dictionary<string, string[]> fieldSegments = new(StringComparer.Ordinal);

    /// <summary>Load findings of the current file held until it shows itself a manifest.</summary>
    private readonly List<Finding> held = [];
    private bool isManifest;
    private bool quietFailures;
    private bool failed;
    private bool unread;
    private Mark? template;
    private AdmissionAttributes attributes = AdmissionAttributes.Scan;

    public List<Finding> Findings { get; } = [];
    public int Objects { get; private set; }
    public int Failures { get; private set; }
    public Dictionary<FileOutcome, int> Outcomes { get; } = [];

    /// <summary>Files the walk left to their first read that could not be read: the walk would have reported them instead of counting them.</summary>
    public int Unread { get; private set; }

    /// <summary>
    /// What the walk reports of a file, for one whose first read finished its classification (<see cref="FirstRead"/>):
    /// the problem that kept it from being read, or a binary file named like YAML or JSON, each counted as not scanned
    /// as discovery counts them.
    /// </summary>
    public void Discovered(DiscoveryItem item)
    {
        switch (item)
        {
            case DiscoveryProblem problem:
                Unread++;
                Findings.Add(Prepare(problem.Finding, root: null));
                if (UnscannedRules.ReasonOf(problem.Finding.RuleId) is not null)
                {
                    Count(FileOutcome.NotScanned);
                }

                break;
            case DiscoveredFile { Kind: FileKind.Binary, Format: not FileFormat.Unknown } file:
                Findings.Add(Prepare(DiscoveryFindings.Binary(file), root: null));
                Count(FileOutcome.NotScanned);
                break;
        }
    }

    /// <summary>Loads <paramref name="file"/> and analyzes its objects, each checked under <paramref name="admission"/>.</summary>
    public void Load(DiscoveredFile file, Func<Stream> open, YamlLoader loader, AdmissionAttributes admission)
    {
        held.Clear();
        isManifest = false;
        quietFailures = file.Kind == FileKind.ToolConfiguration;
        failed = false;
        unread = false;
        template = null;
        attributes = admission;
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Findings.Add(Prepare(DiscoveryFindings.UnreadableFile(file.RelativePath, "the file cannot be read: " + ReadFailures.Describe(e)), root: null));
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
                Findings.Add(Prepare(DiscoveryFindings.UnreadableFile(file.RelativePath,
                    $"reading the file failed after {stream.Position:N0} bytes ({ReadFailures.Describe(failure)}); the rest was not checked"), root: null));
            }
        }

        if (template is { } at && (isManifest || !quietFailures))
        {
            Findings.Add(Prepare(DiscoveryFindings.NotRendered(file.RelativePath, at.Line), root: null));
        }

        Count(isManifest ? FileOutcome.Manifest
            : failure is not null || unread ? FileOutcome.NotScanned
            : quietFailures ? FileOutcome.ToolConfiguration
            : template is not null ? FileOutcome.NotRendered
            : failed ? FileOutcome.NotScanned
            : FileOutcome.WithoutObjects);
    }

    /// <summary>Hands a file to one file analyzer.</summary>
    public void Analyze(FileUnderReview file, IFileAnalyzer analyzer)
    {
        perObject.Clear();
        try
        {
            analyzer.Analyze(file, context, perObject);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            perObject.Add(DiscoveryFindings.UnreadableFile(file.Path, $"the file cannot be read: {ReadFailures.Describe(e)}; the {analyzer.Name} analyzer did not check it"));
        }
#pragma warning disable CA1031 // A defect in one analyzer must not lose the rest of the scan: it becomes a finding and exit code 3.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Failures++;
            perObject.Add(Failure(analyzer, new SourceLocation(file.Path), null, e));
        }

        foreach (var finding in perObject)
        {
            Findings.Add(Prepare(finding, root: null));
        }
    }

    /// <summary>
    /// Hands one rendered object to every object analyzer; each finding is moved to the file and line that set the
    /// field it points at, with the entry point and the chain of files (see <see cref="RenderedLocation"/>).
    /// </summary>
    public void Analyze(RenderedObject rendered, EntryPoint entryPoint, AdmissionAttributes admission) =>
        Analyze(
            new KubernetesObject(rendered.Source, 0, rendered.Root, rendered.Resource) { Directives = CommentSuppression.Of(rendered.Root) },
            admission,
            new RenderedLocation(entryPoint, rendered, fieldSegments),
            entryPoint.File);

    /// <summary>
    /// Hands one object to every object analyzer and to the cross-object analyzers (compared within
    /// <paramref name="scope"/>: the entry point that rendered it, or the repository's files); <paramref name="rendered"/>
    /// relocates the findings of a rendered object.
    /// </summary>
    public void Analyze(KubernetesObject obj, AdmissionAttributes admission, RenderedLocation? rendered = null, string scope = "")
    {
        Objects++;
        perObject.Clear();
        var target = new ObjectUnderReview(obj, admission);
        foreach (var analyzer in analyzers)
        {
            try
            {
                analyzer.Analyze(target, context, perObject);
            }
#pragma warning disable CA1031 // A defect in one analyzer must not lose the rest of the scan: it becomes a finding and exit code 3.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                // A defect is never suppressed by the object's annotation: it goes out as it is.
                Failures++;
                var failure = Failure(analyzer, new SourceLocation(obj.Path, obj.Root.Start.Line, obj.Root.Start.Column), obj.Resource, e);
                Findings.Add(Prepare(rendered is null ? failure : rendered.Relocate(failure), obj.Root));
            }
        }

        AnnotationSuppression.Annotations? annotations = null;
        Finding Decide(Finding finding)
        {
            // Read once for the object's findings, when the first of them comes.
            annotations ??= AnnotationSuppression.Read(obj);
            var suppressed = CommentSuppression.Apply(AnnotationSuppression.Apply(finding, obj, annotations.Value), obj.Directives);
            if (rendered is null)
            {
                return Located(suppressed, obj.Root);
            }

            // Moved and given its shared strings in one copy of the finding.
            var (location, origin) = rendered.Place(suppressed);
            return Located(suppressed, obj.Root, location, origin);
        }

        foreach (var finding in perObject)
        {
            Findings.Add(attribution.Apply(Decide(finding)));
        }

        foreach (var analyzer in crossObject)
        {
            analyzer.Collect(target, scope, Decide);
        }

        if (obj.Directives.Count > 0)
        {
            perObject.Clear();
            comments.Check(obj.Directives, perObject);
            foreach (var problem in perObject)
            {
                Findings.Add(Prepare(problem, root: null));
            }
        }
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
                Findings.Add(Prepare(problem, root: null));
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
            }, attributes);
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
            Findings.Add(Prepare(problem, root: null));
        }
        else
        {
            held.Add(problem);
        }
    }

    private void Count(FileOutcome outcome) => Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;

    /// <summary>
    /// The copy kept of each finding: with repeated strings shared and, on an object, its stable field path; then
    /// attributed and fingerprinted as it leaves the worker, while it is young (a large scan's findings would
    /// otherwise all be copied again once they have aged, and the old copies would wait for a full collection).
    /// </summary>
    private Finding Prepare(Finding finding, Node? root) => attribution.Apply(Located(finding, root));

    /// <summary>
    /// The finding with repeated strings shared and, on an object, its stable field path; at <paramref name="at"/>
    /// and from <paramref name="origin"/> when given (a finding on a rendered object).
    /// </summary>
    private Finding Located(Finding finding, Node? root, SourceLocation? at = null, RenderOrigin? origin = null)
    {
        var location = at ?? finding.Location;
        var fieldPath = location.FieldPath is { } path ? Shared(path) : null;
        return finding with
        {
            Message = Shared(finding.Message),
            Location = ReferenceEquals(fieldPath, location.FieldPath) ? location : location with { FieldPath = fieldPath },
            StableFieldPath = fieldPath is null || root is null ? null : StableFieldPath.Of(fieldPath, root, share ??= Shared),
            Origin = origin ?? finding.Origin,
        };
    }

    private string Shared(string text) => strings.GetOrAdd(text, text);

    /// <summary>The shared copy of a text spelled in a buffer, made a string only the first time it is met.</summary>
    private string Shared(ReadOnlySpan<char> text)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        return strings.GetOrAdd(made, made);
    }

    private static Finding Failure(IAnalyzer analyzer, SourceLocation at, ResourceRef? resource, Exception e) =>
        ScanRules.AnalyzerFailed.Report($"the {analyzer.Name} analyzer failed: {e.GetType().Name}: {e.Message}", at, resource)
            with { Discriminator = analyzer.Name };
}
