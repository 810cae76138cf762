using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// Whether a Flux object's source is this repository: a <c>GitRepository</c> named <c>flux-system</c> (the repository
/// Flux was bootstrapped from) or whose <c>spec.url</c> is the repository's <c>origin</c> remote. Any other source
/// (another Git repository, an <c>OCIRepository</c>, a <c>Bucket</c>) is not read.
/// </summary>
internal static class FluxSourceRef
{
    public const string SourceGroup = "source.toolkit.fluxcd.io";

    /// <summary>Null when <paramref name="sourceRef"/> is this repository; otherwise why what <paramref name="what"/> applies was not checked.</summary>
    public static string? OtherRepository(RenderInputs inputs, string what, Node? sourceRef, string? ns)
    {
        var kind = FluxSpec.Text(sourceRef, "kind") ?? "GitRepository";
        var name = FluxSpec.Text(sourceRef, "name") ?? "";
        var refNs = FluxSpec.Text(sourceRef, "namespace") ?? ns;
        var shown = refNs is null ? name : refNs + "/" + name;
        if (kind != "GitRepository")
        {
            return $"{what}: its source is the {kind} {shown}, not this repository; what it applies was not checked.";
        }

        if (name == "flux-system")
        {
            return null;
        }

        var repository = FluxSpec.Named(inputs.Index, o => FluxSpec.IsFlux(o, SourceGroup, "GitRepository"), name, refNs);
        if (repository is null)
        {
            return $"{what}: its source GitRepository {shown} is not declared in this repository, so whether it is this repository is not known; what it applies was not checked.";
        }

        var url = FluxSpec.Text(repository.Root, "spec", "url");
        return url is not null && OriginUrl(inputs) is { } origin && Same(url, origin)
            ? null
            : $"{what}: its source GitRepository {shown} ({url ?? "no url"}) is another repository; what it applies was not checked.";
    }

    /// <summary>The <c>url</c> of the <c>origin</c> remote in the repository's <c>.git/config</c>, when there is one.</summary>
    private static string? OriginUrl(RenderInputs inputs)
    {
        if (inputs.Files.ReadFile(".git/config", out _) is not { } bytes)
        {
            return null;
        }

        var inOrigin = false;
        foreach (var raw in System.Text.Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = line.Replace(" ", "", StringComparison.Ordinal) == "[remote\"origin\"]";
            }
            else if (inOrigin && line.StartsWith("url", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
            {
                return line[(eq + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>Whether two Git URLs name the same repository (scheme, user, <c>.git</c> and ssh's <c>host:path</c> form aside).</summary>
    public static bool Same(string a, string b) => Key(a) == Key(b);

    private static string Key(string url)
    {
        var s = url.Trim().ToLowerInvariant();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }
        else if (s.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            s = s[..colon] + "/" + s[(colon + 1)..];
        }

        s = s[(s.IndexOf('@', StringComparison.Ordinal) + 1)..].TrimEnd('/');
        s = s.EndsWith(".git", StringComparison.Ordinal) ? s[..^4] : s;
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? s : s[..slash];
        return (host.Contains(':', StringComparison.Ordinal) ? host[..host.IndexOf(':', StringComparison.Ordinal)] : host) + (slash < 0 ? "" : s[slash..]);
    }
}
