using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>The Go types of Helm's built-in objects, as templates see them (names as <c>%T</c> prints them, fields, methods).</summary>
internal static class HelmTypes
{
    /// <summary><c>common.Values</c>: a named map[string]interface {} with AsMap.</summary>
    public static readonly GoType Values = new GoType("common.Values", GoKind.Map, GoTypes.Any, GoTypes.String, GoTypes.MapOfAny)
        .WithMethods(new GoMethod("AsMap", [], false, GoTypes.MapOfAny, false, (r, _) => new GoMap(GoTypes.MapOfAny, (GoMap)r)));

    public static readonly GoType KubeVersion = new("common.KubeVersion", GoKind.Struct)
    {
        Fields =
        [
            new("Version", GoTypes.String, o => ((HelmKubeVersion)o).Version),
            new("normalizedVersion", GoTypes.String, o => ((HelmKubeVersion)o).Normalized),
            new("Major", GoTypes.String, o => ((HelmKubeVersion)o).Major),
            new("Minor", GoTypes.String, o => ((HelmKubeVersion)o).Minor),
        ],
    };

    /// <summary><c>common.VersionSet</c>: a named []string with Has.</summary>
    public static readonly GoType VersionSet = new GoType("common.VersionSet", GoKind.Slice, GoTypes.String, null, GoTypes.SliceOfString)
        .WithMethods(new GoMethod("Has", [GoTypes.String], false, GoTypes.Bool, false, (r, a) => ((HelmVersionSet)r).Items.Contains((string)a[0]!)));

    public static readonly GoType BuildInfo = new("version.BuildInfo", GoKind.Struct)
    {
        Fields = [new("Version", GoTypes.String, o => ((HelmBuildInfo)o).Version)],
    };

    public static readonly GoType Capabilities = new("common.Capabilities", GoKind.Struct)
    {
        Fields =
        [
            new("KubeVersion", KubeVersion, o => ((HelmCapabilities)o).KubeVersion),
            new("APIVersions", VersionSet, o => ((HelmCapabilities)o).ApiVersions),
            new("HelmVersion", BuildInfo, o => ((HelmCapabilities)o).HelmVersion),
        ],
    };

    public static readonly GoType CapabilitiesPointer = GoTypes.PointerTo(Capabilities);

    public static readonly GoType Files = new("engine.files", GoKind.Map, GoTypes.SliceOfByte, GoTypes.String, GoTypes.MapOf(GoTypes.String, GoTypes.SliceOfByte));

    static HelmTypes()
    {
        KubeVersion.WithMethods(
            new GoMethod("String", [], false, GoTypes.String, true, (r, _) => ((HelmKubeVersion)r).Normalized),
            new GoMethod("GitVersion", [], false, GoTypes.String, true, (r, _) => ((HelmKubeVersion)r).Version));
        HelmFiles.AddMethods(Files);
    }
}
