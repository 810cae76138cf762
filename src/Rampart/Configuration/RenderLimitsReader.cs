using System.Globalization;
using Rampart.Loading;
using Rampart.Rendering;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>scan.render</c>: <c>maxEntryPoints</c> and <c>maxObjects</c>, each a whole number of at least 1. Strict like
/// the rest of the file: an unknown key or a value that is no such number is an error at its line.
/// </summary>
internal static class RenderLimitsReader
{
    public static RenderLimits Read(ConfigReader reader, Node? node)
    {
        if (reader.Mapping(node, "scan.render") is not { } map)
        {
            return RenderLimits.Default;
        }

        reader.OnlyKeys(map, "scan.render", "maxEntryPoints", "maxObjects");
        return new RenderLimits
        {
            MaxEntryPoints = Count(reader, map["maxEntryPoints"], "scan.render.maxEntryPoints") ?? RenderLimits.Default.MaxEntryPoints,
            MaxObjects = Count(reader, map["maxObjects"], "scan.render.maxObjects") ?? RenderLimits.Default.MaxObjects,
        };
    }

    /// <summary>A whole number from 1 (a count or a size limit), or null with an error at its line when it is anything else.</summary>
    internal static int? Count(ConfigReader reader, Node? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode { Kind: ScalarKind.Int } scalar
            && int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        reader.Error(node, $"{what} must be a whole number from 1 to {int.MaxValue}");
        return null;
    }
}
