namespace Rampart.Reporting;

/// <summary>
/// One reason content was not checked, as the coverage counts it: its key in the JSON report
/// (<c>coverage.notCheckedByReason</c>), and how the summaries say it, with the setting that changes it where one does.
/// </summary>
public sealed record NotCheckedReason(string Key, string One, string Many)
{
    public static NotCheckedReason NoSchema { get; } = new("noSchema", "kind without a schema (info)", "kinds without a schema (info)");
    public static NotCheckedReason TooLarge { get; } = new("tooLarge", "file over the size limit (scan.limits.maxFileBytes)", "files over the size limit (scan.limits.maxFileBytes)");
    public static NotCheckedReason Binary { get; } = new("binary", "binary file named as YAML or JSON", "binary files named as YAML or JSON");
    public static NotCheckedReason NotRendered { get; } = new("notRendered", "template or patch not rendered", "templates or patches not rendered");
    public static NotCheckedReason Render { get; } = new("render", "render or entry point not checked (listed under Rendered)", "renders or entry points not checked (listed under Rendered)");
    public static NotCheckedReason Unloadable { get; } = new("unloadable", "document that cannot be loaded", "documents that cannot be loaded");
    public static NotCheckedReason Unreadable { get; } = new("unreadable", "unreadable file or folder", "unreadable files or folders");
    public static NotCheckedReason TooDeep { get; } = new("tooDeep", "folder nested too deep (scan.limits.maxFolderDepth)", "folders nested too deep (scan.limits.maxFolderDepth)");
    public static NotCheckedReason FileLimit { get; } = new("fileLimit", "walk stopped at the file limit (scan.limits.maxFiles)", "walks stopped at the file limit (scan.limits.maxFiles)");
    public static NotCheckedReason InvalidFileName { get; } = new("invalidFileName", "name that is not UTF-8", "names that are not UTF-8");
    public static NotCheckedReason NoVulnerabilityData { get; } = new(
        "noVulnerabilityData",
        "lockfile not checked for vulnerabilities: no vulnerability data (rampart db update, or --advisories DIR)",
        "lockfiles not checked for vulnerabilities: no vulnerability data (rampart db update, or --advisories DIR)");

    /// <summary>Every reason, in the order reports list them.</summary>
    public static IReadOnlyList<NotCheckedReason> All { get; } =
        [NoSchema, TooLarge, Binary, NotRendered, Render, Unloadable, Unreadable, TooDeep, FileLimit, InvalidFileName, NoVulnerabilityData];
}
