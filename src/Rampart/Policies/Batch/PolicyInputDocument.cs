using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Policies.Batch;

/// <summary>
/// One YAML or JSON document bound to an admission variable of <c>policy eval</c> (<c>object</c>, <c>oldObject</c>,
/// <c>params</c>): its root node, or why it cannot be used, with the file and line where that is known.
/// </summary>
public sealed record PolicyInputDocument(Node? Root, string? Error)
{
    /// <summary>Reads the single document of <paramref name="file"/>.</summary>
    public static PolicyInputDocument FromFile(string file) =>
        File.Exists(file)
            ? FromDocuments(file, new YamlLoader().LoadFile(file, file))
            : new PolicyInputDocument(null, $"'{file}' does not exist");

    /// <summary>Reads the single document of <paramref name="text"/>; <paramref name="path"/> names it in errors.</summary>
    public static PolicyInputDocument FromText(string path, string text) => FromDocuments(path, new YamlLoader().Load(path, text));

    /// <summary>This document when it is an object (a mapping), otherwise an error at its start in <paramref name="path"/>.</summary>
    public PolicyInputDocument AsObject(string path) =>
        Root is null or MappingNode ? this : new PolicyInputDocument(null, $"{path}:{Root.Start.Line}:{Root.Start.Column}: must hold an object (a mapping)");

    private static PolicyInputDocument FromDocuments(string path, IEnumerable<LoadedDocument> loaded)
    {
        var documents = loaded.ToList();
        var problem = documents.SelectMany(d => d.Problems).FirstOrDefault(p => p.Severity >= Severity.Medium);
        if (problem is not null)
        {
            return new PolicyInputDocument(null, $"{problem.Location}: {problem.Message}");
        }

        var roots = documents.Where(d => d.Root is not null).ToList();
        return roots.Count == 1
            ? new PolicyInputDocument(roots[0].Root, null)
            : new PolicyInputDocument(null, $"{path}: must hold exactly one document (found {roots.Count})");
    }
}
