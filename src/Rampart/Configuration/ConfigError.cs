namespace Rampart.Configuration;

/// <summary>A problem in a configuration file, with the file and position it comes from.</summary>
public sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Column}: {Message}" : $"{Path}: {Message}";
}
