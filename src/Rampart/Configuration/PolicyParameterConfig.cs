using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>The parameters <c>rampart.yaml</c> gives one policy under <c>params</c>.</summary>
/// <param name="PolicyId">The policy's id (<c>RMP-K8S-007</c>).</param>
/// <param name="Values">The parameters as written; each replaces the policy's default of the same name.</param>
/// <param name="Source">Where the policy's entry is written, for errors at its line.</param>
public sealed record PolicyParameterConfig(string PolicyId, MappingNode Values, ConfigSource Source);
