using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Transformers;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>
/// <c>configurations:</c> (files of field specs that extend the built-in ones: <c>nameReference</c>,
/// <c>commonLabels</c>, <c>namePrefix</c>, <c>namespace</c>, <c>varReference</c>, <c>images</c>, <c>replicas</c>…)
/// and <c>crds:</c> (OpenAPI definitions of custom types, see <see cref="CrdConfig"/>).
/// </summary>
internal static class ConfigurationFiles
{
    public static bool Load(KustomizationFile file, ResourceMap map)
    {
        if (file.Strings("configurations") is not { } configurations || file.Strings("crds") is not { } crds)
        {
            return false;
        }

        foreach (var (value, at) in configurations)
        {
            if (SourceFiles.ReadText(file.Context, file.Directory, value, at, file.Path, out var path) is not { } text
                || ResourceReader.Documents(file.Context, path, text) is not { } documents)
            {
                return false;
            }

            foreach (var document in documents)
            {
                if (document is not KMap config || Read(file, config) is not { } read)
                {
                    return file.Context.Failed ? false : file.Fail("a transformer configuration must be a mapping", document);
                }

                map.Config.Merge(read);
            }
        }

        foreach (var (value, at) in crds)
        {
            if (SourceFiles.ReadText(file.Context, file.Directory, value, at, file.Path, out var path) is not { } text
                || ResourceReader.Documents(file.Context, path, text) is not { } documents)
            {
                return false;
            }

            foreach (var document in documents.OfType<KMap>())
            {
                map.Config.Merge(CrdConfig.Read(document));
            }
        }

        return true;
    }

    private static TransformerConfig? Read(KustomizationFile file, KMap document)
    {
        var config = new TransformerConfig();
        foreach (var entry in document.Entries)
        {
            var list = entry.Name switch
            {
                "namePrefix" => config.NamePrefix,
                "nameSuffix" => config.NameSuffix,
                "namespace" => config.Namespace,
                "commonLabels" => config.CommonLabels,
                "templateLabels" => config.TemplateLabels,
                "labels" => config.Labels,
                "commonAnnotations" => config.CommonAnnotations,
                "images" => config.Images,
                "replicas" => config.Replicas,
                "varReference" => config.VarReference,
                _ => null,
            };
            if (entry.Name == "nameReference")
            {
                if (file.MapsOf(entry.Value, "nameReference") is not { } references)
                {
                    return null;
                }

                foreach (var reference in references)
                {
                    var specs = new List<FieldSpec>();
                    foreach (var field in file.MapsOf(reference["fieldSpecs"], "fieldSpecs") ?? [])
                    {
                        if (LabelTransformer.Spec(file, field) is not { } spec)
                        {
                            return null;
                        }

                        specs.Add(spec);
                    }

                    var kind = file.StringOf(reference["kind"], "kind") ?? "";
                    var group = file.StringOf(reference["group"], "group") ?? "";
                    var version = file.StringOf(reference["version"], "version") ?? "";
                    config.NameReference.Add(new NameReference(new Gvk(group, version, kind), specs));
                }

                continue;
            }

            if (list is null)
            {
                continue;
            }

            if (file.MapsOf(entry.Value, entry.Name) is not { } fields)
            {
                return null;
            }

            foreach (var field in fields)
            {
                if (LabelTransformer.Spec(file, field) is not { } spec)
                {
                    return null;
                }

                list.Add(spec);
            }
        }

        return config;
    }
}
