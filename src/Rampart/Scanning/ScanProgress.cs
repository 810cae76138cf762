namespace Rampart.Scanning;

/// <summary>How far a scan is: files done of files found, and objects analyzed so far.</summary>
public readonly record struct ScanProgress(string Stage, int FilesDone, int FilesTotal, int Objects);
