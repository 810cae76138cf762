namespace Rampart.Configuration;

/// <summary>Where a configuration entry is written (the column when it is known, else 0).</summary>
public sealed record ConfigSource(string Path, int Line, int Column = 0)
{
    public override string ToString() => $"{Path}:{Line}";

    /// <summary>An error at this place: <c>file:line:column: message</c>.</summary>
    public ConfigError Error(string message) => new(Path, Line, Column, message);
}
