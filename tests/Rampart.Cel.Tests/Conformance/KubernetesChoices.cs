namespace Rampart.Cel.Tests.Conformance;

/// <summary>
/// cel-spec tests whose expectation differs from what the Kubernetes API server's CEL (cel-go, with the Kubernetes
/// environment) does, where the engine follows Kubernetes because that is where policies run. Each is listed on the
/// conformance page with its reason; an entry whose test passes again fails the run, so the list cannot go stale.
/// </summary>
internal static class KubernetesChoices
{
    /// <summary>Every choice, including those no cel-spec test exercises, as the conformance page lists them.</summary>
    public static IReadOnlyList<string> Documented { get; } =
    [
        "`duration.getMilliseconds()` is the whole duration in milliseconds (cel-go), not the milliseconds part (cel-spec).",
        "A map literal with a repeated key keeps the last value (cel-go) instead of failing (cel-spec).",
        "Map keys in the Kubernetes environment, compared with cel-go's checker (which does not restrict key types) and runtime (a Go map keyed by the CEL value): a literal's keys may be of any one type (`{1.0: 'a'}`, `{null: 1}`; `{0: 1, 0u: 2}` does not compile, its key types differ); at runtime any value but bytes is a key, and keys of different types are different entries (`{dyn(0): 1, dyn(0u): 2}` has two); lists and maps are keys only by identity, as Go compares their pointers, and timestamps are equal as instants (Go also compares the offset); a lookup tries the key itself, then a double as the exact int and then uint, an int as a uint, a uint as an int (an int never finds a double key); an optional entry without a value removes the same key entered before it. Without the Kubernetes environment (the conformance run) keys are bool, int, uint and string as cel-spec asks, numerically equal keys are one key, and another key type is a compile error, or `unsupported key type` without type checking.",
        "`indexOf` and `lastIndexOf` with an offset past the end of the string return -1 (cel-go today); a negative offset is an error.",
        "`timestamp()` reads RFC 3339 as Go does (upper-case `T` and `Z` only, any number of fraction digits), and a timestamp keeps the offset it was written with: `string()` and the accessors without a time zone use it (cel-go); equality, ordering and arithmetic do not depend on it.",
        "Time zone arguments are IANA names as written (no `Z`, no lower-case `utc`) or `[+-]HH:MM` offsets with hours below 24.",
        "`min()`, `max()`, `isSorted()`, `sort()` and `math.greatest`/`math.least` order NaN, null and lists as cel-go does: the list functions skip pairs with a NaN and reject null and lists; the math functions reject NaN.",
        "Field selection on a map type-checks whatever its key type (`{1u: 1}.a`).",
        "A JSON integer beyond the int64 range is a double.",
        "In the Kubernetes environment (`UseKubernetesEnvironment`): mixed-type list and map literals and failing conversions or constructors of literals are compile errors; the strings extension is the version Kubernetes pins (no `reverse()`, `%e` of an integer prints Go's `%!e(int64=5)`, `%s` prints the elements of lists and maps as CEL literals: `'%s'.format([['a', 1.5]])` is `[\"a\", 1.500000]`). The conformance run uses every library without these compile-time checks, as cel-go's own conformance run does.",
    ];

    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["timestamps/duration_converters/get_milliseconds"] =
            "cel-go's `duration.getMilliseconds()` is the whole duration in milliseconds (Go's `Duration.Milliseconds`), not the milliseconds part",
        ["string_ext/value_errors/indexof_out_of_range"] =
            "cel-go's strings extension today returns -1 for an `indexOf` offset past the end of the string (a negative offset is still an error)",
        ["string_ext/value_errors/lastindexof_out_of_range"] =
            "cel-go's strings extension today returns -1 for a `lastIndexOf` offset past the end of the string (a negative offset is still an error)",
        ["fields/qualified_identifier_resolution/map_value_repeat_key"] =
            "cel-go builds a map literal with a repeated key, keeping the last value, where cel-spec asks for an error",
        ["fields/qualified_identifier_resolution/map_value_repeat_key_heterogeneous"] =
            "cel-go builds a map literal with a repeated key, keeping the last value, where cel-spec asks for an error",
    };
}
