using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Conformance;

/// <summary>Runs one conformance test through compile, check and evaluation and judges the result.</summary>
internal static class ConformanceRunner
{
    public static ConformanceOutcome Run(ConformanceCase test)
    {
        if (ProtoDetector.Reason(test) is { } proto)
        {
            return new(test, ConformanceStatus.NeedsProto, proto);
        }

        var t = test.Test;
        if (t.Has("unknown") || t.Has("any_unknowns"))
        {
            return new(test, ConformanceStatus.Skipped, "expects unknown values (partial evaluation), which the engine does not support");
        }

        ConformanceOutcome outcome;
        try
        {
            outcome = Judge(test);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            outcome = new(test, ConformanceStatus.Failed, $"threw {e.GetType().Name}: {e.Message}");
        }

        if (!KubernetesChoices.Reasons.TryGetValue(test.Id, out var reason))
        {
            return outcome;
        }

        return outcome.Status == ConformanceStatus.Failed
            ? new(test, ConformanceStatus.KubernetesChoice, $"{reason} ({outcome.Detail})")
            : new(test, ConformanceStatus.Failed, "listed as a Kubernetes choice but passes: remove it from KubernetesChoices");
    }

    private static ConformanceOutcome Judge(ConformanceCase test)
    {
        var t = test.Test;
        var builder = ConformanceEnvironment.CreateBuilder();
        if (t.String("container") is { Length: > 0 } container)
        {
            builder.WithContainer(container);
        }

        if (t.Bool("disable_check"))
        {
            builder.WithoutTypeChecking();
        }

        if (t.Bool("disable_macros"))
        {
            builder.WithoutMacros();
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decl in t.Messages("type_env"))
        {
            var name = decl.String("name")!;
            if (decl.Message("function") is { } function)
            {
                DeclareFunction(builder, name, function);
                continue;
            }

            builder.AddVariable(name, decl.Message("ident")?.Message("type") is { } type ? ConformanceValues.DecodeType(type)! : CelType.Dyn);
            declared.Add(name);
        }

        var activation = new CelActivation();
        foreach (var binding in t.Messages("bindings"))
        {
            var name = binding.String("key")!;
            var value = binding.Message("value")?.Message("value");
            var decoded = value is null ? null : ConformanceValues.Decode(value);
            if (decoded is null)
            {
                return new(test, ConformanceStatus.NeedsProto, "binds a value the decoder cannot read");
            }

            activation.Add(name, decoded);
            if (declared.Add(name))
            {
                builder.AddVariable(name, CelType.Dyn);
            }
        }

        var compiled = builder.Build().Compile(test.Expr);
        var expectsError = t.Has("eval_error") || t.Has("any_eval_errors");
        if (!compiled.Success)
        {
            return expectsError
                ? new(test, ConformanceStatus.Passed, "error at compile time: " + compiled.Errors[0].Message)
                : new(test, ConformanceStatus.Failed, "compile error: " + compiled.Errors[0]);
        }

        if (t.Message("typed_result")?.Message("deduced_type") is { } deduced
            && ConformanceValues.DecodeType(deduced) is { } expectedType
            && !compiled.Program.ResultType.IsSameAs(expectedType))
        {
            return new(test, ConformanceStatus.Failed, $"deduced type {compiled.Program.ResultType}, expected {expectedType}");
        }

        if (t.Bool("check_only"))
        {
            return new(test, ConformanceStatus.Passed);
        }

        var result = compiled.Program.Evaluate(activation);
        return Compare(test, result, expectsError);
    }

    /// <summary>Declares a function of the test's type environment; its body (never run by these tests) fails.</summary>
    private static void DeclareFunction(CelEnvironmentBuilder builder, string name, TextMessage function) =>
        builder.AddFunction(name, f =>
        {
            foreach (var overload in function.Messages("overloads"))
            {
                var id = overload.String("overload_id")!;
                var parameters = overload.Messages("params").Select(p => ConformanceValues.DecodeType(p) ?? CelType.Dyn).ToArray();
                var result = overload.Message("result_type") is { } r ? ConformanceValues.DecodeType(r) ?? CelType.Dyn : CelType.Dyn;
                if (overload.Bool("is_instance_function"))
                {
                    f.Member(id, parameters, result, _ => new CelError($"{name} has no implementation"));
                }
                else
                {
                    f.Global(id, parameters, result, _ => new CelError($"{name} has no implementation"));
                }
            }
        });

    private static ConformanceOutcome Compare(ConformanceCase test, CelValue result, bool expectsError)
    {
        if (expectsError)
        {
            return result is CelError
                ? new(test, ConformanceStatus.Passed)
                : new(test, ConformanceStatus.Failed, $"expected an error, got {CelDisplay.Format(result)}");
        }

        var t = test.Test;
        var expectedMessage = t.Message("value") ?? t.Message("typed_result")?.Message("result");
        var expected = expectedMessage is null ? CelBool.True : ConformanceValues.Decode(expectedMessage);
        if (expected is null)
        {
            return new(test, ConformanceStatus.NeedsProto, "expects a value the decoder cannot read");
        }

        if (result is CelError error)
        {
            return new(test, ConformanceStatus.Failed, $"error: {error.Message}; expected {CelDisplay.Format(expected)}");
        }

        return ConformanceValues.Matches(expected, result)
            ? new(test, ConformanceStatus.Passed)
            : new(test, ConformanceStatus.Failed, $"got {Describe(result)}, expected {Describe(expected)}");
    }

    private static string Describe(CelValue value) => $"{CelDisplay.Format(value)} ({value.Type})";
}
