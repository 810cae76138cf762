namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Thrown inside a reader when the file is not what its format says; <see cref="LockfileReaders.Read"/> catches it
/// at the one boundary and turns it into a <see cref="LockfileProblem"/>, so callers never see it.
/// </summary>
internal sealed class LockfileFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
