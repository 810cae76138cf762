namespace Rampart.Rendering.GitOps;

/// <summary>Bounds of Flux rendering: how many <c>postBuild</c> variables, and how many characters substitution may write.</summary>
public sealed record FluxLimits(int MaxVariables, long MaxSubstitutedChars)
{
    public static FluxLimits Default { get; } = new(10_000, 64L * 1024 * 1024);
}
