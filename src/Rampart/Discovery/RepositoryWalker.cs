using Rampart.Loading;

namespace Rampart.Discovery;

/// <summary>
/// Walks a folder lazily (so loading can start while the walk goes on) and yields the files to scan, each
/// classified, and the problems met on the way. Honours <c>.gitignore</c> (with git's exact semantics),
/// <c>.git/info/exclude</c> and <c>.rampartignore</c>; never walks <c>.git</c>; never follows a symbolic
/// link (see docs/discovery.md); keeps to the bounds of <see cref="DiscoveryOptions"/>. Entries come in
/// ordinal name order, a folder's files before its subfolders, so the output is deterministic. Never
/// throws for what it finds on disk.
/// </summary>
public sealed class RepositoryWalker(DiscoveryOptions options)
{
    public RepositoryWalker()
        : this(DiscoveryOptions.Default)
    {
    }

    public DiscoveryOptions Options { get; } = options;

    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Walks <paramref name="root"/> (a folder, or a single file).</summary>
    public IEnumerable<DiscoveryItem> Walk(string root, CancellationToken cancellation = default)
    {
        if (FullPathOf(root) is not { } full)
        {
            yield return DiscoveryFindings.Problem(DiscoveryFindings.Unreadable, ".", "not scanned: the scan root is not a valid path");
            yield break;
        }

        var head = new FileHead(Options.SniffBytes);
        if (File.Exists(full))
        {
            yield return Describe(new FileInfo(full), Path.GetFileName(full), Placement.None, head);
            yield break;
        }

        if (!Directory.Exists(full))
        {
            yield return DiscoveryFindings.Problem(DiscoveryFindings.Unreadable, ".", "not scanned: the scan root does not exist or is not a folder");
            yield break;
        }

        var state = new WalkState(full, RepositoryIgnores.Open(full, Options), head, Options.SniffBytes);
        var pending = new Stack<WalkFrame>();
        pending.Push(new WalkFrame(full, "", state.Ignores.RootRules, null, 0));
        while (pending.TryPop(out var frame))
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var item in WalkFolder(frame, state, pending))
            {
                yield return item;
            }

            if (state.Stopped)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Yields what one folder holds and queues its subfolders (in order) on <paramref name="pending"/>. The folder's
    /// files are read and classified in parallel (reading their first bytes is most of a walk's cost), then yielded in
    /// name order as one at a time would.
    /// </summary>
    private IEnumerable<DiscoveryItem> WalkFolder(WalkFrame frame, WalkState state, Stack<WalkFrame> pending)
    {
        if (!TryList(frame, out var entries, out var listProblem))
        {
            yield return listProblem!;
            yield break;
        }

        var chart = entries.Any(e => e.Name == "Chart.yaml" && e is FileInfo) ? frame.RelativePath : frame.Chart;
        var folders = new List<WalkFrame>();
        var found = new List<(DiscoveryItem? Item, FileInfo? File, string Relative)>(entries.Count);
        foreach (var entry in entries)
        {
            var relative = frame.Child(entry.Name);
            if (FileSystemEntries.Unopenable(entry, relative) is { } unopenable)
            {
                if (!state.Ignores.Decide(frame.Rules, relative, entry is DirectoryInfo).Excluded)
                {
                    found.Add((unopenable, null, relative));
                }

                continue;
            }

            var isLink = entry.Name != ".git" && FileSystemEntries.IsLink(entry);
            var isFolder = !isLink && entry is DirectoryInfo;
            if (entry.Name == ".git" || state.Ignores.Decide(frame.Rules, relative, isFolder).Excluded)
            {
                continue;
            }

            if (isLink)
            {
                if (FileSystemEntries.CheckLink(entry, relative, state.Root) is { } linkProblem)
                {
                    found.Add((linkProblem, null, relative));
                }
            }
            else if (isFolder)
            {
                if (frame.Depth + 1 > Options.MaxDepth)
                {
                    found.Add((DiscoveryFindings.Problem(DiscoveryFindings.TooDeep, relative, $"not walked: nested more than {Options.MaxDepth} folders deep"), null, relative));
                    continue;
                }

                folders.Add(new WalkFrame(entry.FullName, relative, state.Ignores.ForFolder(frame.Rules, entry.FullName, relative), chart, frame.Depth + 1));
            }
            else
            {
                found.Add((null, (FileInfo)entry, relative));
            }
        }

        var described = DescribeAll(found, new Placement(chart), state);
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].File is null)
            {
                yield return found[i].Item!;
            }
            else if (state.Files >= Options.MaxFiles)
            {
                state.Stopped = true;
                yield return DiscoveryFindings.Problem(DiscoveryFindings.FileLimitReached, found[i].Relative, $"walk stopped after {Options.MaxFiles} files; this and later files were not scanned");
                yield break;
            }
            else
            {
                var item = described[i]!;
                state.Files += item is DiscoveredFile ? 1 : 0;
                yield return item;
            }
        }

        for (var i = folders.Count - 1; i >= 0; i--)
        {
            pending.Push(folders[i]);
        }
    }

    /// <summary>Files a folder must hold for their heads to be read on several threads.</summary>
    private const int ParallelFiles = 8;

    /// <summary>The files among <paramref name="found"/> described, each at its index; on several threads when there are many.</summary>
    private DiscoveryItem?[] DescribeAll(List<(DiscoveryItem? Item, FileInfo? File, string Relative)> found, Placement placement, WalkState state)
    {
        var described = new DiscoveryItem?[found.Count];
        var files = 0;
        foreach (var entry in found)
        {
            files += entry.File is null ? 0 : 1;
        }

        // Without reading heads, describing a file costs no I/O: one thread does it. A folder of a few files too: handing
        // three head reads to other threads costs more than reading them (a repository of overlays is thousands of such folders).
        if (files < ParallelFiles || state.Workers < 2 || !Options.SniffContent)
        {
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].File is { } file)
                {
                    described[i] = Describe(file, found[i].Relative, placement, state.Head);
                }
            }

            return described;
        }

        Parallel.For(
            0,
            found.Count,
            new ParallelOptions { MaxDegreeOfParallelism = state.Workers },
            state.RentHead,
            (i, _, head) =>
            {
                if (found[i].File is { } file)
                {
                    described[i] = Describe(file, found[i].Relative, placement, head);
                }

                return head;
            },
            state.ReturnHead);
        return described;
    }

    private static string? FullPathOf(string root)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private DiscoveryItem Describe(FileInfo file, string relative, Placement placement, FileHead head)
    {
        long length;
        try
        {
            length = file.Length;
        }
        catch (IOException e)
        {
            return DiscoveryFindings.Problem(DiscoveryFindings.Unreadable, relative, $"not scanned: {ReadFailures.Describe(e)}");
        }

        if (length > Options.MaxFileBytes)
        {
            return DiscoveryFindings.Problem(DiscoveryFindings.FileTooLarge, relative,
                $"not scanned: {length - Options.MaxFileBytes} bytes over limit ({length} bytes, limit {Options.MaxFileBytes})");
        }

        if (!Options.SniffContent && length > 0)
        {
            // Classified by name and place; the scan's first read of the file finishes the job (FirstRead).
            return Described(relative, file.FullName, length, FileClassifier.Classify(relative, [], complete: false, placement)) with { ContentPending = true };
        }

        return FromHead(head, relative, file.FullName, length, placement);
    }

    /// <summary>
    /// A file of <paramref name="length"/> bytes classified from its first bytes, read with <paramref name="head"/>
    /// (and, for a chart's manifest whose head holds no <c>{{</c>, from a look for it in the rest); or the problem
    /// reported when it cannot be read.
    /// </summary>
    internal static DiscoveryItem FromHead(FileHead head, string relative, string fullPath, long length, Placement placement)
    {
        var bytes = head.Read(fullPath, length, out var complete, out var error);
        if (error is not null)
        {
            return Unreadable(relative, error);
        }

        var verdict = FileClassifier.Classify(relative, bytes, complete, placement);
        if (FileClassifier.MayBeTemplate(verdict, complete) && head.RestContains(fullPath, "{{"u8))
        {
            verdict = FileClassifier.ChartTemplate(verdict.Chart!, verdict.Format);
        }

        return Described(relative, fullPath, length, verdict);
    }

    /// <summary>The problem reported for a file whose first bytes could not be read.</summary>
    internal static DiscoveryProblem Unreadable(string relative, string error) =>
        DiscoveryFindings.Problem(DiscoveryFindings.Unreadable, relative, $"not scanned: {error}");

    internal static DiscoveredFile Described(string relative, string fullPath, long length, FileClassification verdict) =>
        new(relative, fullPath, length, verdict.Kind)
        {
            Format = verdict.Format,
            NotRenderedReason = verdict.NotRenderedReason,
            Ecosystem = verdict.Ecosystem,
            Chart = verdict.Chart,
        };

    private static bool TryList(WalkFrame frame, out List<FileSystemInfo> entries, out DiscoveryProblem? problem)
    {
        problem = null;
        try
        {
            entries = [.. new DirectoryInfo(frame.FullPath).EnumerateFileSystemInfos("*", ListOptions)];
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries = [];
            problem = DiscoveryFindings.Problem(DiscoveryFindings.Unreadable, frame.RelativePath.Length == 0 ? "." : frame.RelativePath,
                $"folder not walked: {ReadFailures.Describe(e)}");
            return false;
        }
    }
}
