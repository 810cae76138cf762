namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>Why a corpus case differs from Kustomize's output: the feature it needs that the build does not render.</summary>
internal static class KustomizeDifferenceReasons
{
    private static readonly (string Match, string Reason)[] Reasons =
    [
        ("runs plugins", "needs a generator, transformer or validator plugin (built-in plugin configurations, exec or KRM functions), which are not rendered: reported as a finding instead"),
        ("originannotation", "needs `buildMetadata: [originAnnotations]`, which is not written (Rampart keeps the origin of every field in the tree instead)"),
        ("transformerannotation", "needs `buildMetadata: [transformerAnnotations]`, which is not written"),
        ("build-metadata", "needs `buildMetadata` annotations or the managed-by label, which are not written"),
        ("openapi", "needs the kustomization's `openapi:` schema for merge keys of custom resources, which is not read"),
        ("kubectl kustomize fails", "Kustomize rejects this input; Rampart's build is more lenient here"),
        ("found multiple possible referrals", "name reference resolution picks referrals differently when several resources share a name"),
        ("not expected", "a field Kustomize drops or does not create is kept or created"),
        ("missing", "a field Kustomize sets or keeps is not set"),
        ("' (String), expected", "a value differs (name reference, patch or merge detail)"),
        ("items, ", "a list merges differently"),
        ("objects rendered", "a different set of objects is rendered"),
        ("build failed", "the build fails where Kustomize succeeds"),
    ];

    public static string Of(KustomizeCorpus.Outcome outcome)
    {
        var text = outcome.Case.Name + " " + outcome.Difference;
        foreach (var (match, reason) in Reasons)
        {
            if (text.Contains(match, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return "a value differs";
    }
}
