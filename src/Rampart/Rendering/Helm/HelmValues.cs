using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Helm's values coalescing: user values over chart defaults (a null removes a default), each dependency's values
/// scoped under its name with the parent's <c>global</c> over its own, recursively; every value keeps where it was set.
/// </summary>
internal static class HelmValues
{
    private const int MaxDepth = 256;

    /// <summary>
    /// The values a chart renders with: <paramref name="user"/> coalesced over the chart's defaults and its
    /// dependencies'. Helm 4 (<paramref name="helm4"/>) first drops the nulls of each chart's own values.yaml, so a
    /// null there neither shows nor removes a subchart's default; Helm 3 keeps them.
    /// </summary>
    public static GoMap Coalesce(HelmChart chart, GoMap user, bool helm4 = false) => Coalesce(chart, user, helm4, 0);

    private static GoMap Coalesce(HelmChart chart, GoMap user, bool helm4, int depth)
    {
        var result = Over(helm4 ? WithoutNulls(chart.Values, depth) : chart.Values, user, depth);
        foreach (var dependency in chart.Dependencies)
        {
            var scoped = result.GetValueOrDefault(dependency.Name) as GoMap ?? new GoMap();
            scoped = Copy(scoped);
            var parentGlobal = result.GetValueOrDefault("global") as GoMap;
            if (parentGlobal is not null)
            {
                scoped["global"] = Over(scoped.GetValueOrDefault("global") as GoMap ?? new GoMap(), parentGlobal, depth + 1);
                if (result.OriginOf("global") is { } g)
                {
                    scoped.SetOrigin("global", g);
                }
            }

            result[dependency.Name] = Coalesce(dependency, scoped, helm4, depth + 1);
        }

        return result;
    }

    /// <summary>A new map: <paramref name="top"/>'s values over <paramref name="bottom"/>'s, maps merged deeply, nulls removing keys.</summary>
    public static GoMap Over(GoMap bottom, GoMap top, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return Copy(top);
        }

        var result = Copy(bottom);
        foreach (var (key, value) in top)
        {
            if (value is null)
            {
                result.Remove(key);
                continue;
            }

            result[key] = value is GoMap topMap && result.GetValueOrDefault(key) is GoMap bottomMap ? Over(bottomMap, topMap, depth + 1) : value;
            if (top.OriginOf(key) is { } origin)
            {
                result.SetOrigin(key, origin);
            }
        }

        return result;
    }

    /// <summary>A copy of <paramref name="map"/> without its null values, at any depth.</summary>
    private static GoMap WithoutNulls(GoMap map, int depth)
    {
        var copy = Copy(map);
        foreach (var (key, value) in map)
        {
            if (value is null)
            {
                copy.Remove(key);
            }
            else if (value is GoMap inner && depth < MaxDepth)
            {
                copy[key] = WithoutNulls(inner, depth + 1);
            }
        }

        return copy;
    }

    public static GoMap Copy(GoMap map)
    {
        var copy = new GoMap(GoTypes.MapOfAny, map) { Origins = map.Origins is null ? null : new(map.Origins, StringComparer.Ordinal) };
        return copy;
    }

    /// <summary>Removes dependencies disabled by their <c>condition</c> or <c>tags</c>, evaluated on the parent's coalesced values.</summary>
    public static void ApplyConditions(HelmChart chart, GoMap values, List<RenderProblem> problems)
    {
        var declared = (chart.Metadata.GetValueOrDefault("dependencies") as object?[] ?? []).OfType<GoMap>().ToList();
        foreach (var entry in declared)
        {
            var name = entry.GetValueOrDefault("name") as string;
            var alias = entry.GetValueOrDefault("alias") as string;
            var dependency = chart.Dependencies.FirstOrDefault(d => d.Name == name);
            if (dependency is null)
            {
                continue;
            }

            if (alias is { Length: > 0 } && alias != name)
            {
                var renamed = Rename(dependency, alias);
                chart.Dependencies[chart.Dependencies.IndexOf(dependency)] = renamed;
                dependency = renamed;
            }

            if (!Enabled(entry, values))
            {
                chart.Dependencies.Remove(dependency);
            }
        }

        _ = problems;
    }

    private static HelmChart Rename(HelmChart d, string alias)
    {
        var meta = new GoMap(GoTypes.MapOfAny, d.Metadata) { ["name"] = alias };
        var copy = new HelmChart { Name = alias, Metadata = meta, Origin = d.Origin, Files = d.Files, Values = d.Values, Schema = d.Schema, Parent = d.Parent };
        copy.Dependencies.AddRange(d.Dependencies);
        foreach (var child in copy.Dependencies)
        {
            child.Parent = copy;
        }

        return copy;
    }

    private static bool Enabled(GoMap entry, GoMap values)
    {
        var enabled = true;
        if (entry.GetValueOrDefault("tags") is object?[] tags && values.GetValueOrDefault("tags") is GoMap tagValues)
        {
            var anyTrue = tags.OfType<string>().Any(t => tagValues.GetValueOrDefault(t) is true);
            var anyFalse = tags.OfType<string>().Any(t => tagValues.GetValueOrDefault(t) is false);
            enabled = anyTrue || !anyFalse;
        }

        if (entry.GetValueOrDefault("condition") is string condition)
        {
            foreach (var path in condition.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (PathValue(values, path) is bool b)
                {
                    enabled = b;
                    break;
                }
            }
        }

        return enabled;
    }

    private static object? PathValue(GoMap values, string path)
    {
        object? current = values;
        foreach (var part in path.Split('.'))
        {
            if (current is not GoMap m || !m.TryGetValue(part, out current))
            {
                return null;
            }
        }

        return current;
    }
}
