using Rampart.Loading;

namespace Rampart.Kubernetes.Schemas;

/// <summary>The compiled CRD schemas, and the problems found in each CRD's schema (keyed by the CRD's root node).</summary>
internal sealed record CrdSchemaSet(CrdSchemaSource Source, IReadOnlyDictionary<MappingNode, List<SchemaViolation>> Problems);
