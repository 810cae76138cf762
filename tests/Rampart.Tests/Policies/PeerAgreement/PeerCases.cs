using Rampart.Tests.Testing;
using System.Text.RegularExpressions;
using Rampart.Policies;

namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>
/// Reads the peers' expected.csv files (conventions in the corpus' k8s/README.md) and keeps the rows whose check
/// maps to built-in policies by alias, with a pass or fail verdict under a configuration Rampart can reproduce.
/// </summary>
internal static partial class PeerCases
{
    public static IReadOnlyList<(string Peer, string Title)> Peers { get; } =
    [
        ("polaris", "Polaris"),
        ("trivy", "Trivy"),
        ("kube-score", "kube-score"),
        ("pod-security-admission", "Pod Security Admission (v1.36)"),
    ];

    public static List<PeerCase> Load(string peer, string folder, IReadOnlyList<Policy> policies)
    {
        var byAlias = policies
            .SelectMany(p => p.Metadata.Aliases.Select(a => (Alias: a, p.Id)))
            .GroupBy(x => x.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var cases = new List<PeerCase>();
        foreach (var row in Csv.Read(Path.Combine(folder, "expected.csv")))
        {
            var check = row["check"];
            var verdict = Verdict(peer, row);
            var ids = peer == "pod-security-admission" ? PssLevel(row["path"], policies) : byAlias.GetValueOrDefault(Alias(peer, check));
            if (verdict is null || ids is null || ids.Count == 0)
            {
                continue;
            }

            cases.Add(new PeerCase(peer, row["path"], check, verdict.Value, ids));
        }

        return cases;
    }

    private static string Alias(string peer, string check) => peer switch
    {
        "polaris" => "polaris:" + check,
        "kube-score" => "kube-score:" + check,
        _ => check,
    };

    private static bool? Verdict(string peer, Dictionary<string, string> row)
    {
        var expected = row["expected"];
        if (peer == "kube-score" && !DefaultKubeScoreConfig(row["config"]))
        {
            return null;
        }

        return expected switch
        {
            "pass" => false,
            "fail" or "fail(critical)" or "fail(warning)" => true,
            _ => null,
        };
    }

    /// <summary>
    /// The PSA fixtures judge a pod against a whole level: at baseline every baseline check applies; at restricted,
    /// every baseline and every restricted check.
    /// </summary>
    private static List<string> PssLevel(string path, IReadOnlyList<Policy> policies)
    {
        var restricted = path.StartsWith("restricted/", StringComparison.Ordinal);
        return [.. policies
            .Where(p => p.Metadata.Aliases.Any(a => a.StartsWith("pss:baseline:", StringComparison.Ordinal)
                || (restricted && a.StartsWith("pss:restricted:", StringComparison.Ordinal))))
            .Select(p => p.Id)];
    }

    /// <summary>
    /// kube-score rows run with its defaults, or with settings Rampart always has (optional checks enabled, two
    /// replicas minimum, CPU and memory limits required); other settings have no Rampart equivalent.
    /// </summary>
    private static bool DefaultKubeScoreConfig(string config)
    {
        if (config.Contains("default test config", StringComparison.Ordinal) || config.StartsWith("nil, nil", StringComparison.Ordinal))
        {
            return true;
        }

        var body = RunConfiguration().Match(config);
        if (!config.StartsWith("nil, &config.RunConfiguration{", StringComparison.Ordinal) || !body.Success)
        {
            return false;
        }

        foreach (var setting in body.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ok = setting.StartsWith("EnabledOptionalTests:", StringComparison.Ordinal)
                || setting is "UseOptionalChecksAnnotation: true" or "MinReplicasDeployment: 2" or "MinReplicasHPA: 2"
                    or "IgnoreContainerCpuLimitRequirement: false" or "IgnoreContainerMemoryLimitRequirement: false";
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"RunConfiguration\{([^}]*)\}")]
    private static partial System.Text.RegularExpressions.Regex RunConfiguration();
}
