using System.Text;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Generators;

/// <summary>
/// The key/value pairs of one generator: <c>literals</c>, <c>files</c> and <c>envs</c> (and the old <c>env</c>), each
/// value placed at the line that brought it (the literal, the file entry, the line of the env file).
/// </summary>
internal static class DataSources
{
    /// <summary>One pair; <paramref name="Binary"/> holds content that is not UTF-8 text.</summary>
    public sealed record Pair(string Key, string Value, byte[]? Binary, KNode At);

    public static List<Pair>? Read(KustomizationFile file, KMap generator)
    {
        var pairs = new List<Pair>();
        var literals = file.StringsOf(generator["literals"], "literals");
        var files = file.StringsOf(generator["files"], "files");
        var envs = file.StringsOf(generator["envs"], "envs");
        if (literals is null || files is null || envs is null)
        {
            return null;
        }

        if (file.StringOf(generator["env"], "env") is { } env)
        {
            envs.Add((env, generator["env"]!));
        }

        foreach (var (literal, at) in literals)
        {
            var equals = literal.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                file.Fail($"invalid literal source '{literal}', expected key=value", at);
                return null;
            }

            var value = literal[(equals + 1)..];
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            if (!Add(file, pairs, new Pair(literal[..equals], value, null, at)))
            {
                return null;
            }
        }

        foreach (var (source, at) in files)
        {
            var equals = source.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? KustomizePaths.FileName(source.Replace('\\', '/')) : source[..equals];
            var path = equals < 0 ? source : source[(equals + 1)..];
            if (key.Length == 0 || path.Length == 0)
            {
                file.Fail($"invalid file source '{source}', expected [key=]path", at);
                return null;
            }

            if (SourceFiles.ReadBytes(file.Context, file.Directory, path, at, file.Path) is not { } bytes)
            {
                return null;
            }

            var text = Utf8OrNull(bytes);
            if (!Add(file, pairs, new Pair(key, text ?? "", text is null ? bytes : null, at)))
            {
                return null;
            }
        }

        foreach (var (source, at) in envs)
        {
            if (SourceFiles.ReadText(file.Context, file.Directory, source, at, file.Path, out var path) is not { } text
                || !EnvFile(file, pairs, text, path, at))
            {
                return null;
            }
        }

        return pairs;
    }

    private static string? Utf8OrNull(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool EnvFile(KustomizationFile file, List<Pair> pairs, string text, string path, KNode at)
    {
        var lines = text.Split('\n');
        var origin = new NodeOrigin(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').TrimStart();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var lineAt = new KScalar(Scalars.StringNode(line, new Mark(i + 1, 1), new Mark(i + 1, line.Length + 1), origin));
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                // Kustomize v5.5.0 takes a line without '=' as a key with an empty value, the line as it is.
                if (!Add(file, pairs, new Pair(line, "", null, lineAt), validate: false))
                {
                    return false;
                }

                continue;
            }

            var key = line[..equals];
            if (key.Any(char.IsWhiteSpace))
            {
                return file.Fail($"invalid env line {i + 1} of '{path}': '{key}' is not a valid key", at);
            }

            if (!Add(file, pairs, new Pair(key, line[(equals + 1)..], null, lineAt)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Add(KustomizationFile file, List<Pair> pairs, Pair pair, bool validate = true)
    {
        if (validate && !IsValidKey(pair.Key))
        {
            return file.Fail($"'{pair.Key}' is not a valid key name for a ConfigMap or Secret: a key must consist of alphanumeric characters, '-', '_' or '.'", pair.At);
        }

        if (pairs.Exists(p => p.Key == pair.Key))
        {
            return file.Fail($"cannot add key {pair.Key}, another key by that name already exists", pair.At);
        }

        pairs.Add(pair);
        return true;
    }

    private static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 253 && key != "." && key != ".." && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
