namespace Rampart.Discovery;

/// <summary>
/// The ignore files in force in one folder, highest precedence first, and for each pattern anchored to a
/// folder (one with a slash) the state its automaton reached on the folder's path below the pattern's own
/// folder; null where the pattern matches names only, or can match nothing in this folder or below (and no
/// row at all for a file where that holds for every pattern).
/// </summary>
internal sealed class IgnoreFolderState
{
    private readonly IgnoreFile[] files;
    private readonly ulong[]?[][] states;

    private IgnoreFolderState(IgnoreFile[] files, ulong[]?[][] states)
    {
        this.files = files;
        this.states = states;
    }

    /// <summary>
    /// The state of <paramref name="folder"/>: each anchored pattern carried on from <paramref name="above"/>
    /// (the parent folder's state, at <paramref name="parentFolder"/>) over the folder's own name, or read from
    /// its own folder down when the parent had not reached it.
    /// </summary>
    public static IgnoreFolderState Create(IgnoreFile[] files, byte[] folder, byte[]? parentFolder, IgnoreFolderState? above, StepCounter? steps)
    {
        var states = new ulong[]?[files.Length][];
        for (var f = 0; f < files.Length; f++)
        {
            var inherited = above?.StatesOf(files[f]);
            var patterns = files[f].Patterns;
            ulong[]?[]? row = null;
            for (var i = 0; i < patterns.Count; i++)
            {
                var pattern = patterns[i];
                if (pattern.Anchored is not { } automaton || !folder.AsSpan().StartsWith(pattern.BasePath))
                {
                    continue;
                }

                ulong[]? from;
                ReadOnlySpan<byte> rest;
                if (inherited is not null && parentFolder is not null && parentFolder.AsSpan().StartsWith(pattern.BasePath))
                {
                    from = inherited.Length != 0 ? inherited[i] : null;
                    rest = folder.AsSpan(parentFolder.Length);
                }
                else
                {
                    from = new ulong[automaton.Words];
                    automaton.Start(from);
                    rest = folder.AsSpan(pattern.BasePath.Length);
                }

                if (from is not null)
                {
                    var next = (ulong[])from.Clone();
                    if (automaton.Advance(next, rest, steps))
                    {
                        (row ??= new ulong[]?[patterns.Count])[i] = next;
                    }
                }
            }

            // A file whose patterns all match names only, or can no longer match, needs no row.
            states[f] = row ?? [];
        }

        return new IgnoreFolderState(files, states);
    }

    /// <summary>The pattern that decides for the entry <paramref name="name"/> of this folder, or null.</summary>
    public IgnorePattern? LastMatch(ReadOnlySpan<byte> name, bool isFolder, StepCounter? steps)
    {
        for (var f = 0; f < files.Length; f++)
        {
            var patterns = files[f].Patterns;
            var row = states[f];
            for (var i = patterns.Count - 1; i >= 0; i--)
            {
                var pattern = patterns[i];
                if (pattern.FolderOnly && !isFolder)
                {
                    continue;
                }

                var matches = pattern.NameOnly
                    ? pattern.MatchesName(name, steps)
                    : row.Length != 0 && row[i] is { } reached && pattern.Anchored!.MatchesAfter(reached, name, steps);
                if (matches)
                {
                    return pattern;
                }
            }
        }

        return null;
    }

    private ulong[]?[]? StatesOf(IgnoreFile file)
    {
        for (var f = 0; f < files.Length; f++)
        {
            if (ReferenceEquals(files[f], file))
            {
                return states[f];
            }
        }

        return null;
    }
}
