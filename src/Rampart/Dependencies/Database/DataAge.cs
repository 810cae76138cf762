namespace Rampart.Dependencies.Database;

/// <summary>
/// How old the vulnerability data is against <c>vulnerabilities.maxAgeDays</c>: whole days since the update (null when
/// unknown), whether that is too old, and the warning a scan prints when it is (null when it is not). Unknown age
/// counts as stale: data whose age nobody knows cannot be trusted to be recent.
/// </summary>
public sealed record DataAge(int? Days, int MaxAgeDays)
{
    public bool Stale => Days is not { } days || days > MaxAgeDays;

    public string? Warning => !Stale ? null
        : Days is { } days ? $"the vulnerability data is {days} day{(days == 1 ? "" : "s")} old (vulnerabilities.maxAgeDays is {MaxAgeDays}): run 'rampart db update'"
        : "the age of the vulnerability data is unknown: run 'rampart db update'";

    /// <summary>The age of data updated at <paramref name="updatedAt"/>, seen at <paramref name="now"/>. Never downloads anything.</summary>
    public static DataAge Of(DateTimeOffset? updatedAt, int maxAgeDays, DateTimeOffset now) =>
        new(updatedAt is { } at ? (int)Math.Max(0, Math.Floor((now - at).TotalDays)) : null, maxAgeDays);
}
