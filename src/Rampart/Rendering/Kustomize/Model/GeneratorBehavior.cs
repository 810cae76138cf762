namespace Rampart.Rendering.Kustomize.Model;

/// <summary>What a generated resource does to one of the same id already accumulated.</summary>
internal enum GeneratorBehavior
{
    None,
    Create,
    Replace,
    Merge,
}
