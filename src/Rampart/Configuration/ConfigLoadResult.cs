namespace Rampart.Configuration;

public sealed record ConfigLoadResult(RampartConfig Config, IReadOnlyList<ConfigError> Errors)
{
    public bool Ok => Errors.Count == 0;
}
