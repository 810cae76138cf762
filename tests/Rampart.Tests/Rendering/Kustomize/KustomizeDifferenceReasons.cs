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
        ("OverlayTakesPrecedence", "the overlay's `openapi: version` (the built-in schema, which does not know the custom kind) takes precedence over the base's custom schema, so Kustomize replaces the containers list; Rampart infers a merge key for every custom kind once any kustomization of the build gives a schema, and merges"),
        ("openapi", "the custom OpenAPI schema (`openapi: path`) is checked but its merge keys are not read; Rampart merges the custom resource's lists by an inferred key (`name`), where the schema gives another key or none"),
        ("container-ports-merge-by-containerPort", "a patch's container port that differs from the target's only by `protocol`: Kustomize keeps the target's item and drops the patch's; Rampart merges them by containerPort"),
        ("TestIssue4884", "a configuration's `namePrefix` field specs for given kinds replace Kustomize's built-in `metadata/name` spec (a general spec of the same path is dropped when a specific one is merged with it), so only those kinds get the prefix; Rampart adds them to the built-in spec and prefixes every name"),
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
