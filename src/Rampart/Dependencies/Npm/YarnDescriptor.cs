namespace Rampart.Dependencies.Npm;

/// <summary>The package name of a yarn descriptor or resolution: <c>@scope/name@npm:^1.0.0</c> → <c>@scope/name</c>.</summary>
internal static class YarnDescriptor
{
    public static string Name(string descriptor)
    {
        var first = descriptor.Split(',')[0].Trim().Trim('"');
        var at = first.IndexOf('@', first.StartsWith('@') ? 1 : 0);
        return at > 0 ? first[..at] : first;
    }

    /// <summary>What follows the name: <c>npm:1.0.0</c>, <c>workspace:.</c>, <c>^1.0.0</c>.</summary>
    public static string Range(string descriptor)
    {
        var first = descriptor.Split(',')[0].Trim().Trim('"');
        var at = first.IndexOf('@', first.StartsWith('@') ? 1 : 0);
        return at > 0 ? first[(at + 1)..] : "";
    }
}
