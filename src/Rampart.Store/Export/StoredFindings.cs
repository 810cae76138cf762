using Rampart.Store.Queries;

namespace Rampart.Store.Export;

/// <summary>Every stored finding a filter selects, read page by page (the filter's limit is the page size).</summary>
public static class StoredFindings
{
    public static async IAsyncEnumerable<StoredFinding> AllAsync(FindingQueries queries, FindingFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var page = filter with { Limit = FindingFilter.MaxLimit, After = 0 };
        while (true)
        {
            var read = await queries.FindingsAsync(page, cancellation).ConfigureAwait(false);
            foreach (var finding in read.Items)
            {
                yield return finding;
            }

            if (read.Next is not { } next)
            {
                yield break;
            }

            page = page with { After = next };
        }
    }
}
