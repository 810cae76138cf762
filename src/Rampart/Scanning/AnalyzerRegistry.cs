using Rampart.Findings;

namespace Rampart.Scanning;

/// <summary>
/// The analyzers a scan can run, in the order they run. Immutable: <see cref="Add"/> returns a new registry, so a
/// test (or a host) can add its own analyzer to <see cref="BuiltInAnalyzers.Registry"/> without changing it.
/// </summary>
public sealed class AnalyzerRegistry
{
    private readonly IReadOnlyList<AnalyzerRegistration> registrations;

    public AnalyzerRegistry()
        : this([])
    {
    }

    private AnalyzerRegistry(IReadOnlyList<AnalyzerRegistration> registrations) => this.registrations = registrations;

    public IReadOnlyList<AnalyzerRegistration> All => registrations;

    public IEnumerable<string> Names => registrations.Select(r => r.Name);

    /// <summary>The names of the analyzers that run when a scan selects none.</summary>
    public IReadOnlySet<string> Defaults => new HashSet<string>(registrations.Where(r => r.EnabledByDefault).Select(r => r.Name), StringComparer.Ordinal);

    public AnalyzerRegistry Add(AnalyzerRegistration registration)
    {
        if (registrations.Any(r => r.Name == registration.Name))
        {
            throw new ArgumentException($"an analyzer named '{registration.Name}' is already registered", nameof(registration));
        }

        return new AnalyzerRegistry([.. registrations, registration]);
    }

    /// <summary>The error for a name that is no registered analyzer (quoted, bounded).</summary>
    public string UnknownMessage(string name) => $"unknown scanner {QuotedText.Of(name)} (expected: {string.Join(", ", Names)})";

    /// <summary>Parses comma-separated names (case-insensitive); unknown names are returned for a usage error.</summary>
    public (IReadOnlySet<string> Selected, IReadOnlyList<string> Unknown) Parse(IEnumerable<string> names)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (registrations.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                selected.Add(found.Name);
            }
            else
            {
                unknown.Add(name);
            }
        }

        return (selected, unknown);
    }
}
