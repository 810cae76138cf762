namespace Rampart.Configuration;

/// <summary>Where a configuration entry is written.</summary>
public sealed record ConfigSource(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}
