using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Config;

/// <summary>Fields of other resources that hold the name of a resource of type <paramref name="Referral"/>.</summary>
internal sealed record NameReference(Gvk Referral, IReadOnlyList<FieldSpec> Referrers);
