using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Loading;
using Rampart.Policies.Cel;

namespace Rampart.Policies;

/// <summary>
/// The parameters a policy takes, the ValidatingAdmissionPolicy way: the policy declares them with their defaults
/// (the <c>rampart.dev/parameters</c> annotation), <c>rampart.yaml</c> sets them (<c>params</c>), and the policy reads
/// them as <c>params.spec.&lt;name&gt;</c> from an object of kind <see cref="Kind"/>, the kind its exported form names as
/// its <c>paramKind</c>.
/// </summary>
/// <param name="Defaults">Every parameter the policy takes, with the value it has when nothing sets it.</param>
public sealed record PolicyParameters(MappingNode Defaults)
{
    public const string ApiVersion = "rampart.dev/v1alpha1";
    public const string Kind = "PolicyParameters";

    /// <summary>The values <c>rampart.yaml</c> sets, each replacing the default of the same name.</summary>
    public IReadOnlyDictionary<string, Node> Configured { get; init; } = new Dictionary<string, Node>(StringComparer.Ordinal);

    /// <summary>The names the policy takes, in the order it declares them.</summary>
    public IEnumerable<string> Names => Defaults.Entries.Select(e => e.KeyText).OfType<string>();

    /// <summary>The value of every parameter: the one configured, else the default.</summary>
    public IEnumerable<(string Name, Node Value)> Effective =>
        Defaults.Entries.Where(e => e.KeyText is not null)
            .Select(e => (e.KeyText!, Configured.TryGetValue(e.KeyText!, out var set) ? set : e.Value));

    /// <summary><c>params</c> for policy <paramref name="policyName"/>: the parameter object with the effective values under <c>spec</c>.</summary>
    public CelValue ToValue(string policyName)
    {
        var spec = CelMap.Of(Effective.Select(p => new KeyValuePair<CelValue, CelValue>(new CelString(p.Name), NodeValues.From(p.Value))));
        var metadata = CelMap.Of([new KeyValuePair<CelValue, CelValue>(new CelString("name"), new CelString(policyName))]);
        return CelMap.Of(
        [
            new KeyValuePair<CelValue, CelValue>(new CelString("apiVersion"), new CelString(ApiVersion)),
            new KeyValuePair<CelValue, CelValue>(new CelString("kind"), new CelString(Kind)),
            new KeyValuePair<CelValue, CelValue>(new CelString("metadata"), metadata),
            new KeyValuePair<CelValue, CelValue>(new CelString("spec"), spec),
        ]);
    }
}
