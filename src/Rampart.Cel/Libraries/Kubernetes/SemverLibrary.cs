using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes semver library (<c>kubernetes.Semver</c>, version 1): semver and isSemver (with the
/// normalize flag), major, minor, patch, isGreaterThan, isLessThan and compareTo.
/// </summary>
internal sealed class SemverLibrary : ICelLibrary
{
    public static SemverLibrary Instance { get; } = new();

    private static readonly CelType V = KubernetesTypes.Semver;
    private static readonly CelType S = CelType.String;
    private static readonly CelType I = CelType.Int;
    private static readonly CelType B = CelType.Bool;

    /// <summary>Parsing is a traversal of the text, as Kubernetes charges its other parsers.</summary>
    private static readonly CelCallCost Traversal = CelCallCost.PerSize(0, 0.1);

    public string Name => "kubernetes.semver";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddType(V)
        .AddFunction("semver", f => f
            .Global("string_to_semver", S, V, s => Parse(s, CelBool.False), Traversal, prepare: ConstantFolding.Fold(a => Parse(a[0], CelBool.False)))
            .Global("string_bool_to_semver", S, B, V, Parse, Traversal, prepare: ConstantFolding.Fold(a => Parse(a[0], a[1]))))
        .AddFunction("isSemver", f => f
            .Global("is_semver_string", S, B, s => CelBool.Of(Parse(s, CelBool.False) is SemverValue), Traversal)
            .Global("is_semver_string_bool", S, B, B, (s, normalize) => CelBool.Of(Parse(s, normalize) is SemverValue), Traversal))
        .AddFunction("major", f => f.Member("semver_major", V, I, v => CelInt.Of(unchecked((long)Version(v).Major))))
        .AddFunction("minor", f => f.Member("semver_minor", V, I, v => CelInt.Of(unchecked((long)Version(v).Minor))))
        .AddFunction("patch", f => f.Member("semver_patch", V, I, v => CelInt.Of(unchecked((long)Version(v).Patch))))
        .AddFunction("isGreaterThan", f => f.Member("semver_is_greater_than", V, V, B, (a, b) => CelBool.Of(Version(a).CompareTo(Version(b)) > 0)))
        .AddFunction("isLessThan", f => f.Member("semver_is_less_than", V, V, B, (a, b) => CelBool.Of(Version(a).CompareTo(Version(b)) < 0)))
        .AddFunction("compareTo", f => f.Member("semver_compare_to", V, V, I, (a, b) => CelInt.Of(Version(a).CompareTo(Version(b)))));

    private static CelValue Parse(CelValue text, CelValue normalize)
    {
        var (version, error) = SemanticVersion.Parse(((CelString)text).Value, ((CelBool)normalize).Value);
        return version is null ? new CelError(error!) : new SemverValue(version);
    }

    private static SemanticVersion Version(CelValue value) => ((SemverValue)value).Version;
}
