using Rampart.Templates.Execution;
using Rampart.Templates.Functions;
using Rampart.Templates.Values;

namespace Rampart.Templates.Tests;

/// <summary>Parses one template with Sprig and runs it: the output, Go's error, and the steps charged.</summary>
internal static class TemplateRun
{
    public static (string Output, string? Error, long Steps) Run(string text, object? data = null, ExecutionLimits? limits = null)
    {
        var set = new TemplateSet(Sprig.Functions, MissingKey.Zero, limits);
        if (set.Parse("t", text) is { } parseError)
        {
            return ("", parseError, 0);
        }

        var budget = new Budget(limits ?? ExecutionLimits.Default);
        var result = DeepStack.Run(() => set.Execute("t", data ?? new GoMap(), budget));
        return (result.Text, result.Error, budget.Steps);
    }
}
