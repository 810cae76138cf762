using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>scan.limits</c>: <c>maxFileBytes</c>, <c>maxFiles</c> and <c>maxFolderDepth</c>, each a whole number of at
/// least 1. Strict like the rest of the file: an unknown key or a value that is no such number is an error at its line.
/// </summary>
internal static class ScanLimitsReader
{
    public static ScanLimits Read(ConfigReader reader, Node? node)
    {
        if (reader.Mapping(node, "scan.limits") is not { } map)
        {
            return ScanLimits.Default;
        }

        reader.OnlyKeys(map, "scan.limits", "maxFileBytes", "maxFiles", "maxFolderDepth");
        return new ScanLimits
        {
            MaxFileBytes = RenderLimitsReader.Count(reader, map["maxFileBytes"], "scan.limits.maxFileBytes"),
            MaxFiles = RenderLimitsReader.Count(reader, map["maxFiles"], "scan.limits.maxFiles"),
            MaxFolderDepth = RenderLimitsReader.Count(reader, map["maxFolderDepth"], "scan.limits.maxFolderDepth"),
        };
    }
}
