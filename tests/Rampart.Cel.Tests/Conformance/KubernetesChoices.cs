namespace Rampart.Cel.Tests.Conformance;

/// <summary>
/// cel-spec tests whose expectation differs from what the Kubernetes API server's CEL (cel-go, with the Kubernetes
/// environment) does, where the engine follows Kubernetes because that is where policies run. Each is listed on the
/// conformance page with its reason; an entry whose test passes again fails the run, so the list cannot go stale.
/// </summary>
internal static class KubernetesChoices
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["timestamps/duration_converters/get_milliseconds"] =
            "cel-go's `duration.getMilliseconds()` is the whole duration in milliseconds (Go's `Duration.Milliseconds`), not the milliseconds part",
        ["string_ext/value_errors/indexof_out_of_range"] =
            "cel-go's strings extension today returns -1 for an `indexOf` offset past the end of the string (a negative offset is still an error)",
        ["string_ext/value_errors/lastindexof_out_of_range"] =
            "cel-go's strings extension today returns -1 for a `lastIndexOf` offset past the end of the string (a negative offset is still an error)",
    };
}
