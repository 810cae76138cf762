namespace Rampart.Discovery;

/// <summary>The syntax of a discovered file's content, as far as discovery could tell.</summary>
public enum FileFormat
{
    Unknown,
    Yaml,
    Json,
}
