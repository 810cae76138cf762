using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Model;

/// <summary>A <c>vars:</c> entry: <c>$(Name)</c> is replaced with the field <paramref name="FieldPath"/> of the object it names.</summary>
internal sealed record VarDefinition(string Name, Gvk Type, string ObjectName, string Namespace, string FieldPath, KNode At);
