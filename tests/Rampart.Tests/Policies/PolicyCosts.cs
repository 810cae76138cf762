using Rampart.Cel;
using Rampart.Findings;
using Rampart.Policies;
using Rampart.Kubernetes.Admission;
using Rampart.Policies.Evaluation;

namespace Rampart.Tests.Policies;

/// <summary>What each expression of a built-in policy spends on the first object of a text: its variables, then its validations.</summary>
internal static class PolicyCosts
{
    private static readonly CelEvaluationOptions NoLimit = new() { CostLimit = null };

    /// <summary>The cost of every variable and validation, evaluated without a limit (so the true figure shows).</summary>
    public static List<(string Expression, long Cost)> Of(string policyId, string yaml)
    {
        var policy = BuiltInPolicies.All.Policies.Single(p => p.Id == policyId);
        var problems = new List<Finding>();
        var compiled = PolicyCompiler.Compile(policy, problems);
        Assert.NotNull(compiled);
        var objects = TestObjects.Read("large.yaml", yaml);
        var scope = new ObjectScope(objects[0], AdmissionAttributes.Scan, RepositoryIndex.Build(objects), NoLimit);
        var activation = new PolicyActivation(scope, compiled);
        var costs = new List<(string, long)>();
        foreach (var variable in compiled.Variables)
        {
            variable.Program.Evaluate(activation, NoLimit, out var cost);
            costs.Add(($"variable {variable.Name}", cost));
        }

        foreach (var validation in compiled.Validations)
        {
            // Variables are read from the cache here: their cost is counted once, above, as Kubernetes counts it.
            validation.Program.Evaluate(activation, NoLimit, out var cost);
            costs.Add(($"validation {validation.Validation.Index}", cost));
        }

        return costs;
    }
}
