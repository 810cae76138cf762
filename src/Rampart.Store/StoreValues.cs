namespace Rampart.Store;

/// <summary>The words the store accepts and writes for severities, categories and statuses.</summary>
public static class StoreValues
{
    public static readonly IReadOnlyList<string> Severities = ["critical", "high", "medium", "low", "info"];

    public static readonly IReadOnlyList<string> Categories = ["schema", "misconfiguration", "policy", "secret", "vulnerability", "image", "gitops"];

    /// <summary>The lifecycle of a stored finding.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["open", "fixed", "waived", "baselined", "reopened"];

    /// <summary>The statuses a report's findings carry.</summary>
    public static readonly IReadOnlyList<string> ReportStatuses = ["open", "suppressed", "waived", "baselined"];

    public static readonly IReadOnlyList<string> Responsibilities = ["developers", "security", "platform"];

    /// <summary>The statuses that count as open (a reopened finding is open again).</summary>
    public static readonly IReadOnlyList<string> OpenStatuses = ["open", "reopened"];
}
