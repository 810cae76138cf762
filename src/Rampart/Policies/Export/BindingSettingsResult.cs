using Rampart.Configuration;

namespace Rampart.Policies.Export;

/// <summary>The binding settings read from <c>rampart.yaml</c>, and the problems found in its <c>admission</c> key.</summary>
public sealed record BindingSettingsResult(BindingSettings Settings, IReadOnlyList<ConfigError> Errors);
