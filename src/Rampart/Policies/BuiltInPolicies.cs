namespace Rampart.Policies;

/// <summary>
/// The built-in policy pack: one ValidatingAdmissionPolicy per file under <c>Policies/BuiltIn/</c>, embedded in
/// the assembly. Loaded once; a problem in a built-in file is a bug, caught by the tests.
/// </summary>
public static class BuiltInPolicies
{
    /// <summary>Where each built-in policy's documentation page is published (<c>docs/policies/&lt;id&gt;.md</c>).</summary>
    public const string DocsBaseUri = "https://rampart.dev/docs/policies/";

    private const string ResourcePrefix = "Rampart.Policies.BuiltIn.";

    private static readonly Lazy<PolicyLoadResult> Pack = new(Load);

    public static PolicyLoadResult Load() => PolicyLoader.Combine(LoadFiles());

    /// <summary>The pack, loaded once.</summary>
    public static PolicyLoadResult All => Pack.Value;

    private static readonly Lazy<HashSet<Policy>> Members = new(() => new HashSet<Policy>(All.Policies, ReferenceEqualityComparer.Instance));

    /// <summary>Whether <paramref name="policy"/> is one of <see cref="All"/>'s policies as loaded (not a copy or a look-alike).</summary>
    public static bool Contains(Policy policy) => Members.Value.Contains(policy);

    private static IEnumerable<PolicyLoadResult> LoadFiles()
    {
        var assembly = typeof(BuiltInPolicies).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var text = new StreamReader(stream);
            var file = "builtin:" + name[ResourcePrefix.Length..];
            var result = PolicyLoader.LoadText(file, text.ReadToEnd());
            yield return result with
            {
                Policies = [.. result.Policies.Select(p => p.Metadata.HelpUri is null
                    ? p with { Metadata = p.Metadata with { HelpUri = DocsBaseUri + p.Id + ".md" } }
                    : p)],
            };
        }
    }
}
