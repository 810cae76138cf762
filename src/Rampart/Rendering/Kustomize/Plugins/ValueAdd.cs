using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Patching;
using Rampart.Rendering.Kustomize.Transformers;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Plugins;

/// <summary>
/// The built-in ValueAddTransformer: writes a value (by default the name of the kustomization's folder) into a field
/// of the selected resources, in place of it or, with <c>filePathPosition</c>, as a part of a slash-separated path.
/// </summary>
internal static class ValueAdd
{
    public static bool Run(KustomizationFile file, ResourceMap map, KMap config)
    {
        var value = file.StringOf(config["value"], "value");
        if (file.Context.Failed || file.MapsOf(config["targets"], "targets") is not { } targets)
        {
            return false;
        }

        if (string.IsNullOrEmpty(value))
        {
            value = KustomizePaths.FileName(file.Directory.TrimEnd('/'));
        }

        var at = config["value"] ?? config;
        foreach (var target in targets)
        {
            var path = file.StringOf(target["fieldPath"], "fieldPath");
            var position = target["filePathPosition"] is KScalar { Node.Kind: Loading.ScalarKind.Int } number ? (int)number.Node.Int : 0;
            PatchTarget? selector = null;
            if (target["selector"] is KMap selecting && (selector = PatchTarget.Read(selecting, out var error)) is null)
            {
                return file.Fail(error!, selecting);
            }

            if (string.IsNullOrEmpty(path))
            {
                return file.Fail("a ValueAddTransformer target needs a fieldPath", target);
            }

            var fields = Config.FieldSpec.ParsePath(path);
            foreach (var resource in map.Resources.Where(r => selector is null || selector.Selects(r)))
            {
                if (path == "metadata/namespace")
                {
                    resource.StorePreviousId();
                }

                FieldWalker.Apply(resource.Root, fields, 0, create: true, at, current =>
                    Scalars.String(position <= 0 ? value : Insert(Scalars.TextOf(current) ?? "", position - 1, value), at));
            }
        }

        return true;
    }

    /// <summary>Inserts <paramref name="part"/> into a slash-separated path before the part at <paramref name="position"/>.</summary>
    private static string Insert(string path, int position, string part)
    {
        var parts = path.Length == 0 ? [] : path.Split('/').ToList();
        if (path.StartsWith('/'))
        {
            position++;
        }

        parts.Insert(Math.Clamp(position, 0, parts.Count), part);
        return string.Join('/', parts);
    }
}
