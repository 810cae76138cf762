using System.Collections.Concurrent;
using Rampart.Cel;
using Rampart.Cel.Values;

namespace Rampart.Policies.Cel;

/// <summary>
/// The environments one set of policies compiles in: validations, match conditions, and validations with the item
/// variables of enclosing <c>all()</c> calls. <see cref="Default"/> has every library Kubernetes offers; tests add
/// functions of their own through <paramref name="extend"/>. Each environment is built once, when first used.
/// </summary>
internal sealed class PolicyEnvironments(Func<CelEnvironmentBuilder, CelEnvironmentBuilder>? extend = null)
{
    private readonly ConcurrentDictionary<string, CelEnvironment> withItems = new(StringComparer.Ordinal);
    private readonly Lazy<CelEnvironment> validation = new(() => Extend(PolicyEnvironment.CreateBuilder(), extend).Build());
    private readonly Lazy<CelEnvironment> matchCondition = new(() => Extend(PolicyEnvironment.CreateBuilder(includeVariables: false), extend).Build());

    public static PolicyEnvironments Default { get; } = new();

    /// <summary>For validations, variables and message expressions.</summary>
    public CelEnvironment Validation => validation.Value;

    /// <summary>For match conditions, which cannot see <c>variables</c>.</summary>
    public CelEnvironment MatchCondition => matchCondition.Value;

    /// <summary>The validation environment with the item variables of enclosing <c>all()</c> calls declared too.</summary>
    public CelEnvironment WithItems(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return Validation;
        }

        return withItems.GetOrAdd(string.Join(',', items), _ =>
        {
            var builder = Extend(PolicyEnvironment.CreateBuilder(), extend);
            foreach (var item in items)
            {
                builder.AddVariable(item, CelType.Dyn);
            }

            return builder.Build();
        });
    }

    private static CelEnvironmentBuilder Extend(CelEnvironmentBuilder builder, Func<CelEnvironmentBuilder, CelEnvironmentBuilder>? extend) =>
        extend is null ? builder : extend(builder);
}
