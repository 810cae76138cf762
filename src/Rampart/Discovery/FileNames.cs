namespace Rampart.Discovery;

/// <summary>The file names that say what a file is on their own.</summary>
internal static class FileNames
{
    public static readonly string[] Kustomizations = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    private static readonly Dictionary<string, string> LockfileEcosystems = new(StringComparer.Ordinal)
    {
        ["package-lock.json"] = "npm",
        ["npm-shrinkwrap.json"] = "npm",
        ["yarn.lock"] = "npm",
        ["pnpm-lock.yaml"] = "npm",
        ["bun.lock"] = "npm",
        ["go.sum"] = "Go",
        ["Cargo.lock"] = "crates.io",
        ["poetry.lock"] = "PyPI",
        ["Pipfile.lock"] = "PyPI",
        ["pdm.lock"] = "PyPI",
        ["uv.lock"] = "PyPI",
        ["Gemfile.lock"] = "RubyGems",
        ["gems.locked"] = "RubyGems",
        ["composer.lock"] = "Packagist",
        ["packages.lock.json"] = "NuGet",
        ["gradle.lockfile"] = "Maven",
        ["mix.lock"] = "Hex",
        ["pubspec.lock"] = "Pub",
        ["conan.lock"] = "ConanCenter",
        ["renv.lock"] = "CRAN",
        ["Package.resolved"] = "SwiftURL",
    };

    /// <summary>Folders, at any depth, whose YAML and JSON files configure a tool (CI, editors, dev containers, Rampart itself).</summary>
    private static readonly HashSet<string> ToolFolders = new(StringComparer.Ordinal)
    {
        ".github", ".gitlab", ".circleci", ".buildkite", ".woodpecker", ".devcontainer", ".vscode", ".idea", ".rampart",
    };

    /// <summary>File names, in any folder, that a tool reads as its configuration.</summary>
    private static readonly HashSet<string> ToolFiles = new(StringComparer.Ordinal)
    {
        ".gitlab-ci.yml", ".travis.yml", ".drone.yml", "azure-pipelines.yml", "azure-pipelines.yaml", "bitbucket-pipelines.yml",
        "appveyor.yml", ".appveyor.yml", "cloudbuild.yaml", "cloudbuild.yml", "buildspec.yml",
        ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", ".yamllint", ".yamllint.yaml", ".yamllint.yml",
        ".golangci.yml", ".golangci.yaml", ".goreleaser.yml", ".goreleaser.yaml", "codecov.yml", ".codecov.yml",
        "mkdocs.yml", "mkdocs.yaml", ".readthedocs.yml", ".readthedocs.yaml", ".markdownlint.json", ".markdownlint.yaml",
        ".markdownlint.yml", ".markdownlint-cli2.yaml", ".prettierrc.json", ".prettierrc.yaml", ".prettierrc.yml",
        ".eslintrc.json", ".eslintrc.yaml", ".eslintrc.yml", "renovate.json", ".renovaterc.json", "package.json",
        "composer.json", "deno.json", "devcontainer.json", ".devcontainer.json", "compose.yaml", "compose.yml",
        "rampart.yaml", ".sops.yaml",
    };

    public static bool IsKustomization(string name) => Array.IndexOf(Kustomizations, name) >= 0;

    /// <summary>
    /// YAML or JSON that configures a tool, known by name or folder. Such files are still loaded (a Kubernetes object
    /// in one is checked), but are not expected to hold objects and may use the tool's dialect (JSON with comments).
    /// </summary>
    public static bool IsToolConfiguration(string relativePath, string name)
    {
        if (ToolFiles.Contains(name)
            || name.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal)
            || ((name.StartsWith("tsconfig", StringComparison.Ordinal) || name.StartsWith("jsconfig", StringComparison.Ordinal)) && name.EndsWith(".json", StringComparison.Ordinal))
            || (name.StartsWith("docker-compose", StringComparison.Ordinal) && FormatOfExtension(name) == FileFormat.Yaml))
        {
            return true;
        }

        foreach (var folder in relativePath.AsSpan().Split('/'))
        {
            var segment = relativePath.AsSpan()[folder];
            if (segment.Length > 1 && segment[0] == '.' && ToolFolders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(segment))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The OSV ecosystem of a lockfile name, or null when the name is not a lockfile.</summary>
    public static string? LockfileEcosystem(string name)
    {
        if (LockfileEcosystems.TryGetValue(name, out var ecosystem))
        {
            return ecosystem;
        }

        return name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)
            ? "PyPI"
            : null;
    }

    public static bool IsDockerfile(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower is "dockerfile" or "containerfile"
            || lower.StartsWith("dockerfile.", StringComparison.Ordinal)
            || lower.StartsWith("containerfile.", StringComparison.Ordinal)
            || lower.EndsWith(".dockerfile", StringComparison.Ordinal)
            || lower.EndsWith(".containerfile", StringComparison.Ordinal);
    }

    /// <summary>Chart metadata beside <c>Chart.yaml</c> (Chart.yaml itself is recognised anywhere).</summary>
    public static bool IsChartMetadata(string name) =>
        name is "Chart.lock" or "values.schema.json" or "requirements.yaml" or "requirements.lock";

    public static bool IsHelmValues(string name) =>
        name is "values.yaml" or "values.yml"
        || (name.StartsWith("values", StringComparison.Ordinal)
            && (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal))
            && name.Length > "values".Length && name["values".Length] is '-' or '.' or '_');

    public static FileFormat FormatOfExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot <= 0 ? "" : name[(dot + 1)..].ToLowerInvariant();
        return extension switch
        {
            "yaml" or "yml" => FileFormat.Yaml,
            "json" => FileFormat.Json,
            _ => FileFormat.Unknown,
        };
    }

    public static bool HasExtension(string name) => name.LastIndexOf('.') > 0;
}
