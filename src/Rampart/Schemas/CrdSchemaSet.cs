using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// The compiled CRD schemas, and the problems found in each CRD's schema, keyed by where the CRD stands (its file
/// and the position of its root): a scan analyzes objects it loads again, so the nodes are not the same.
/// </summary>
internal sealed record CrdSchemaSet(CrdSchemaSource Source, IReadOnlyDictionary<(string Path, Mark Start), List<SchemaViolation>> Problems);
