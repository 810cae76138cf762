using System.Text;

namespace Rampart.Tests.Policies;

/// <summary>Builds the large objects of <see cref="LargeObjectTests"/>: dashboards, ConfigMaps and pods near the API server's limits.</summary>
internal static class LargeObjects
{
    /// <summary>The API server's limit on the size of an object: 1.5 MiB.</summary>
    public const int ObjectLimit = 3 * 512 * 1024;

    /// <summary>
    /// A Grafana dashboard of at least <paramref name="size"/> characters, as JSON: panels with queries, legends and
    /// descriptions that mention tokens and passwords the way real dashboards do, without holding any.
    /// </summary>
    public static string Dashboard(int size)
    {
        var text = new StringBuilder("{\"title\": \"API server\", \"panels\": [");
        for (var i = 0; text.Length < size; i++)
        {
            text.Append("{\"id\": ").Append(i).Append(", \"type\": \"timeseries\", \"title\": \"Token requests ").Append(i)
                .Append("\", \"description\": \"Token refreshes per second; see the runbook on password resets.\", ")
                .Append("\"datasource\": {\"type\": \"prometheus\", \"uid\": \"prom\"}, \"targets\": [{\"expr\": ")
                .Append("\"sum(rate(apiserver_request_total{resource=\\\"tokenreviews\\\"}[5m])) by (code)\", \"legendFormat\": \"{{code}}\"}], ")
                .Append("\"gridPos\": {\"h\": 8, \"w\": 12, \"x\": 0, \"y\": ").Append(i * 8).Append("}},");
        }

        return text.Append("{}]}").ToString();
    }

    /// <summary>A line of configuration of about 160 characters, different for each <paramref name="i"/>.</summary>
    public static string ConfigLine(int i) =>
        $"upstream backend-{i} {{ server 10.0.{i / 250}.{i % 250}:8080 max_fails=3 fail_timeout=30s; keepalive 16; }} # token refresh is done upstream, see runbook {i}";

    /// <summary>A ConfigMap with these entries, each value as a single-quoted YAML scalar.</summary>
    public static string ConfigMap(IEnumerable<(string Key, string Value)> entries)
    {
        var text = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: large\ndata:\n");
        foreach (var (key, value) in entries)
        {
            text.Append("  ? ").Append(Quote(key)).Append("\n  : ").Append(Quote(value)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A Pod whose one container has these environment variables.</summary>
    public static string Pod(IEnumerable<(string Name, string Value)> env)
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: large\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n      env:\n");
        foreach (var (name, value) in env)
        {
            text.Append("        - name: ").Append(Quote(name)).Append("\n          value: ").Append(Quote(value)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The line of the YAML text on which <paramref name="fragment"/> first appears (1-based).</summary>
    public static int LineOf(string text, string fragment) => text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
