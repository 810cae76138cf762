using Rampart.Policies;
using Rampart.Policies.Cel;
using Rampart.Policies.Evaluation;

namespace Rampart.Tests.Policies;

/// <summary>A built-in policy is compiled once per process in the default environments, and per analyzer otherwise.</summary>
public sealed class PolicySlotTests
{
    [Fact]
    public void Analyzers_in_the_default_environments_share_a_built_in_policys_compiled_form()
    {
        var policy = BuiltInPolicies.All.Policies[0];

        var first = PolicySlot.Deferred(policy, PolicyEnvironments.Default).Compiled;
        var second = PolicySlot.Deferred(policy, PolicyEnvironments.Default).Compiled;

        Assert.Same(first, second);
        Assert.Same(policy, first.Policy);
    }

    [Fact]
    public void Environments_of_their_own_compile_the_policy_again()
    {
        var policy = BuiltInPolicies.All.Policies[0];
        var own = new PolicyEnvironments();

        var shared = PolicySlot.Deferred(policy, PolicyEnvironments.Default).Compiled;
        var first = PolicySlot.Deferred(policy, own).Compiled;
        var second = PolicySlot.Deferred(policy, own).Compiled;

        Assert.NotSame(shared, first);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void A_policy_with_the_same_content_but_another_instance_is_not_taken_for_the_built_in_one()
    {
        var policy = BuiltInPolicies.All.Policies[0];
        var copy = policy with { };

        var builtIn = PolicySlot.Deferred(policy, PolicyEnvironments.Default).Compiled;
        var other = PolicySlot.Deferred(copy, PolicyEnvironments.Default).Compiled;

        Assert.NotSame(builtIn, other);
        Assert.Same(copy, other.Policy);
    }
}
