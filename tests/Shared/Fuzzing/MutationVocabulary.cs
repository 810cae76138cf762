namespace Rampart.Testing.Fuzzing;

/// <summary>
/// What <see cref="Mutator"/> inserts: YAML's special characters, Kubernetes and configuration keys, odd values,
/// line breaks, unusual Unicode, bytes that are not UTF-8, and single bytes with a meaning in YAML.
/// </summary>
internal static class MutationVocabulary
{
    public static readonly string[] Specials =
    [
        "&a ", "*a", "<<: *a\n", "<< : {x: 1}\n", "!", "!!str ", "!!map ", "!local ", "!<tag:yaml.org,2002:int> ", "? ", "{", "}", "[", "]",
        "\n---\n", "\n...\n", "%YAML 1.2\n", "%TAG ! tag:example.com:\n", ": ", "- ", "|\n", ">-\n", "|2+\n", "#", "\"", "'", "\\", ",",
        "&a [*a, *a]", "@", "`", "\n--- |\n", "\n- - - -\n", ":\n", "? [a, b]\n: c\n", "{? a: b}", "&x &y ", "*undefined",
    ];

    public static readonly string[] Keys =
    [
        "apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations", "spec", "items", "template", "containers",
        "initContainers", "ephemeralContainers", "securityContext", "privileged", "capabilities", "add", "hostPath", "path", "volumes",
        "image", "env", "value", "valueFrom", "hostNetwork", "hostPID", "ports", "hostPort", "rules", "verbs", "resources", "subjects",
        "roleRef", "data", "stringData", "selector", "matchLabels", "replicas", "versions", "schema", "openAPIV3Schema", "properties",
        "x-kubernetes-validations", "rule", "pattern", "type", "required", "failOn", "teams", "routing", "owners", "match", "waivers",
        "expires", "scan", "unscanned", "scanners", "codeowners", "patches", "patchesStrategicMerge", "<<", "generateName",
    ];

    public static readonly string[] Values =
    [
        "true", "yes", "on", "No", "~", "null", "\"\"", "''", "[]", "{}", "-1", "0", "-0", "2147483648", "9223372036854775808",
        "99999999999999999999999999", "1e309", "-.inf", ".nan", "0x7FFFFFFFFFFFFFFFF", "0o777", "0644", "1_000", "0b101", "1.5Gi",
        "99999999999999999999Ei", ".", "/", "//var/run//docker.sock", "/./proc/../proc", "/etc/kubernetes/", "*", "ALL", "SYS_ADMIN",
        "2001-01-01", "2099-13-45", "!!binary aGVsbG8=", "!!int 12", "!!float x", "&x", "*x", "{{ .Values.x }}", "\"{{ x }}\"",
        "名前", "\u202Eevil", "a\u0000b", "\"\\u0000\"", "\"\\uD800\"", "@@", "none", "NONE", "critical", "info", "\"  \"", "|\n  a\n  b",
        "RMP-K8S-004", "**", "[**]", "\"[\"", "0123456789abcdef", "\"v1\"", "v1", "apps/v1", "List", "Pod", "CustomResourceDefinition",
        "http://127.0.0.1:1/x", "../x", "/etc/passwd", "\"\\x41\"", "\"\\e\\N\\_\\L\\P\"", "duration('99999999999999999999h')",
        "self.x.matches('(a+)+$')", "has(object.spec) ? 1 : 'a'", "size(object.data) > 0",
    ];

    public static readonly string[] Breaks = ["\r", "\r\n", "\u0085", "\u2028", "\u2029", "\n\n", "\v", "\f"];

    public static readonly string[] Unicode =
    [
        "\u00E9", "e\u0301", "\u200B", "\u200D", "\uFEFF", "\u202E", "\uD83D\uDE00", "\u0000", "\uFFFD", "\uFFFE", "\u00A0", "\u3000", "\u0130", "\u212A",
    ];

    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFE, 0xFE],
    ];

    public static readonly byte[] Interesting = [0x00, 0xFF, 0x80, 0xC0, (byte)'\t', (byte)'\r', (byte)'\n', (byte)':', (byte)'-', (byte)'{', (byte)'"', (byte)'\'', (byte)'#', (byte)'&', (byte)'*', (byte)'!', (byte)'|', (byte)'>', (byte)'%', (byte)'@', (byte)' '];
}
