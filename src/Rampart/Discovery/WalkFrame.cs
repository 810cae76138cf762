namespace Rampart.Discovery;

/// <summary>A folder waiting to be walked: where it is, the ignore rules for its entries, the chart it is in.</summary>
internal sealed record WalkFrame(string FullPath, string RelativePath, IgnoreRules Rules, string? Chart, int Depth)
{
    public string Child(string name) => RelativePath.Length == 0 ? name : RelativePath + "/" + name;
}
