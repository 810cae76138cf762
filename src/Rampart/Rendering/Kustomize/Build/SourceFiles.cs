using System.Text;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>Finding and reading the files a kustomization names, under the load restrictor.</summary>
internal static class SourceFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// The path of <paramref name="relative"/> from the folder <paramref name="directory"/>, if it stays inside the
    /// file system's root; otherwise a failure at <paramref name="at"/>.
    /// </summary>
    public static string? Resolve(BuildContext context, string directory, string relative, KNode at, string kustomization)
    {
        if (KustomizePaths.Join(directory, relative) is { } path)
        {
            return path;
        }

        context.Fail($"'{relative}' leads outside the repository; nothing outside it is read", at, kustomization, KustomizeRules.OutsideRoot);
        return null;
    }

    /// <summary>
    /// Reads a file named by a kustomization in <paramref name="directory"/>: it must exist and, under the load
    /// restrictor, lie in or below that folder once symbolic links are followed.
    /// </summary>
    public static byte[]? ReadBytes(BuildContext context, string directory, string relative, KNode at, string kustomization)
    {
        if (Resolve(context, directory, relative, at, kustomization) is not { } path)
        {
            return null;
        }

        var real = context.Files.RealPath(path);
        if (real is null)
        {
            return context.Files.Kind(path) == EntryKind.Outside
                ? Outside(context, relative, at, kustomization)
                : Missing(context, relative, at, kustomization);
        }

        if (context.Options.RestrictToRoot && context.Files.RealPath(directory) is { } root && !KustomizePaths.IsWithin(real, root))
        {
            return Outside(context, relative, at, kustomization, restrictor: true, root);
        }

        var bytes = context.Files.ReadFile(path, out var error);
        if (bytes is null)
        {
            context.Fail($"'{relative}' cannot be read: {error}", at, kustomization, KustomizeRules.MissingFile);
        }

        return bytes;
    }

    public static string? ReadText(BuildContext context, string directory, string relative, KNode at, string kustomization, out string path)
    {
        path = KustomizePaths.Join(directory, relative) ?? relative;
        if (ReadBytes(context, directory, relative, at, kustomization) is not { } bytes)
        {
            return null;
        }

        if (Text(bytes) is { } text)
        {
            return text;
        }

        context.Fail($"'{relative}' is not valid UTF-8 text", at, kustomization);
        return null;
    }

    /// <summary>The UTF-8 text of <paramref name="bytes"/> (a byte order mark dropped), or null when it is not UTF-8.</summary>
    public static string? Text(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static byte[]? Missing(BuildContext context, string relative, KNode at, string kustomization)
    {
        context.Fail($"'{relative}' does not exist", at, kustomization, KustomizeRules.MissingFile);
        return null;
    }

    private static byte[]? Outside(BuildContext context, string relative, KNode at, string kustomization, bool restrictor = false, string root = "")
    {
        context.Fail(
            restrictor
                ? $"security; file '{relative}' is not in or below '{KustomizePaths.Show(root)}' (the load restrictor LoadRestrictionsRootOnly allows only files under the kustomization's folder)"
                : $"'{relative}' leads outside the repository (a symbolic link out of it); nothing outside it is read",
            at, kustomization, KustomizeRules.OutsideRoot);
        return null;
    }
}
