using System.Globalization;
using Microsoft.AspNetCore.Http;
using Rampart.Store.Queries;

namespace Rampart.Store.Api;

/// <summary>Reads and validates query parameters: enumerations against their words, names by length, numbers by range.</summary>
internal static class QueryReader
{
    public const int MaxName = 256;

    public static (FindingFilter? Filter, ApiError? Error) Filter(IQueryCollection query)
    {
        var (severities, e1) = Words(query, "severity", StoreValues.Severities);
        var (statuses, e2) = Words(query, "status", StoreValues.Statuses);
        var (categories, e3) = Words(query, "category", StoreValues.Categories);
        var (team, e4) = Name(query, "team");
        var (repository, e5) = Name(query, "repository");
        var (branch, e6) = Name(query, "branch");
        var (limit, e7) = Number(query, "limit", 1, FindingFilter.MaxLimit, 100);
        var (after, e8) = Number(query, "after", 0, long.MaxValue, 0);
        var error = e1 ?? e2 ?? e3 ?? e4 ?? e5 ?? e6 ?? e7 ?? e8;
        return error is not null ? (null, error) : (new FindingFilter
        {
            Severities = severities,
            Statuses = statuses,
            Categories = categories,
            Team = team?.ToLowerInvariant(),
            Repository = repository,
            Branch = branch,
            Limit = (int)limit,
            After = after,
        }, null);
    }

    public static (string? Value, ApiError? Error) Name(IQueryCollection query, string name)
    {
        var value = query[name].ToString();
        return value.Length == 0 ? (null, null)
            : value.Length > MaxName ? (null, new ApiError($"longer than {MaxName} characters", name))
            : value.Any(char.IsControl) ? (null, new ApiError("control characters are not allowed", name))
            : (value, null);
    }

    public static (long Value, ApiError? Error) Number(IQueryCollection query, string name, long min, long max, long fallback)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return (fallback, null);
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? (n, null)
            : (0, new ApiError($"a whole number from {min} to {max} expected", name));
    }

    private static (IReadOnlyList<string> Values, ApiError? Error) Words(IQueryCollection query, string name, IReadOnlyList<string> allowed)
    {
        var values = query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        var wrong = values.FirstOrDefault(v => !allowed.Contains(v));
        return wrong is null
            ? (values, null)
            : ([], new ApiError($"'{(wrong.Length > 40 ? wrong[..40] : wrong)}' is not one of {string.Join(", ", allowed)}", name));
    }
}
