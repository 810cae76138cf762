using System.Collections;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary><c>.Capabilities.APIVersions</c>: group/version and group/version/kind strings.</summary>
internal sealed record HelmVersionSet(string[] Items) : IGoSlice
{
    public GoType GoType => HelmTypes.VersionSet;

    IList IGoSlice.Items => Items;
}
