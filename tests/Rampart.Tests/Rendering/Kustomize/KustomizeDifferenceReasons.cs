namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// Why a corpus case differs from Kustomize's output. Cases examined one by one have their own reason; the others
/// are grouped by what their difference looks like, and say so.
/// </summary>
internal static class KustomizeDifferenceReasons
{
    private const string Unexamined = " (grouped by its difference, not yet examined case by case)";

    private static readonly (string Match, string Reason)[] Examined =
    [
        ("transformerannotation", "needs `buildMetadata: [transformerAnnotations]` (the list of transformers that changed each object), which is not written"),
        ("build-metadata/all-three", "needs `buildMetadata: [transformerAnnotations]`, which is not written (origin annotations and the managed-by label are)"),
        ("build-metadata/transformer-annotations", "needs `buildMetadata: [transformerAnnotations]`, which is not written"),
        ("openapi", "needs the kustomization's `openapi:` field (a schema giving merge keys of custom resources, or its errors), which is not read"),
        ("container-ports-merge-by-containerPort", "a patch's container port that differs from the target's only by `protocol`: Kustomize keeps the target's item and drops the patch's; Rampart merges them by containerPort"),
        ("found multiple possible referrals", "Kustomize narrows the candidates of a name reference to resources that went through the same name prefixes and suffixes as the referrer; Rampart does not, so it finds several and fails"),
    ];

    private static readonly (string Match, string Reason)[] Grouped =
    [
        ("kubectl kustomize fails", "Kustomize rejects this input; Rampart's build is more lenient here"),
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
        foreach (var (match, reason) in Examined)
        {
            if (text.Contains(match, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        foreach (var (match, reason) in Grouped)
        {
            if (text.Contains(match, StringComparison.Ordinal))
            {
                return reason + Unexamined;
            }
        }

        return "a value differs" + Unexamined;
    }
}
