namespace Rampart.Dependencies.Inventory;

/// <summary>Why (part of) a lockfile could not be read, with the line where reading stopped (1 when unknown).</summary>
public sealed record LockfileProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
