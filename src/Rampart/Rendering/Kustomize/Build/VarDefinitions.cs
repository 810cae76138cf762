using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>Reads <c>vars:</c> (resolved at the end of the build, see <see cref="Transformers.VarResolver"/>).</summary>
internal static class VarDefinitions
{
    public static bool Read(KustomizationFile file, ResourceMap map)
    {
        if (file.Maps("vars") is not { } vars)
        {
            return false;
        }

        foreach (var entry in vars)
        {
            var name = file.StringOf(entry["name"], "name");
            var objref = entry["objref"] as Tree.KMap;
            if (name is null || objref is null)
            {
                return file.Fail("a var needs a name and an objref", entry);
            }

            var kind = file.StringOf(objref["kind"], "kind") ?? "";
            var objectName = file.StringOf(objref["name"], "name") ?? "";
            var apiVersion = file.StringOf(objref["apiVersion"], "apiVersion");
            var gvk = apiVersion is null
                ? new Gvk(file.StringOf(objref["group"], "group") ?? "", file.StringOf(objref["version"], "version") ?? "", kind)
                : Gvk.Of(apiVersion, kind);
            var fieldPath = (entry["fieldref"] as Tree.KMap)?.Text("fieldpath") ?? (entry["fieldref"] as Tree.KMap)?.Text("fieldPath") ?? "metadata.name";
            if (map.Vars.Exists(v => v.Name == name))
            {
                return file.Fail($"var '{name}' already encountered", entry);
            }

            var variable = new VarDefinition(name, gvk, objectName, file.StringOf(objref["namespace"], "namespace") ?? "", fieldPath, entry);
            var matches = map.Resources.FindAll(r => r.AllIds.Any(x => x.Gvk.IsSelectedBy(gvk) && x.Name == objectName && (variable.Namespace.Length == 0 || ResId.SameNamespace(x.Namespace, variable.Namespace))));
            if (matches.Count > 1)
            {
                return file.Fail($"found {matches.Count} resources matching var '{name}' (unable to disambiguate): {string.Join(", ", matches)}", entry);
            }

            // As Kustomize does, the var is bound here, to the resource this kustomization holds; its value is read at
            // the end of the build, from that resource whatever names it then has.
            if (matches.Count == 1)
            {
                matches[0].VarNames.Add(name);
            }

            map.Vars.Add(variable);
        }

        return !file.Context.Failed;
    }
}
