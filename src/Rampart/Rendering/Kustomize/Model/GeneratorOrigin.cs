namespace Rampart.Rendering.Kustomize.Model;

/// <summary>
/// Where a generated resource was configured: the file holding the generator (a kustomization or a plugin
/// configuration), the built-in generator's kind and, for a plugin configuration, its name.
/// </summary>
internal sealed record GeneratorOrigin(string ConfiguredIn, string Kind, string? Name);
