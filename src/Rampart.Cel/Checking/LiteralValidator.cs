using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

/// <summary>
/// Checks run on the typed expression after the checker, as cel-go's AST validators: <c>format()</c> calls with a
/// literal format string and a list literal (always, as the strings extension does), and, in a Kubernetes
/// environment, that list and map literals are homogeneous (<c>[1, dyn('a')]</c> is rejected, as the API server
/// rejects it). Literals inside a <c>format()</c> argument are exempt from the second check, as in cel-go.
/// </summary>
internal sealed class LiteralValidator
{
    private readonly CheckResult check;
    private readonly SourceText source;
    private readonly bool homogeneous;
    private readonly List<CelIssue> errors = [];

    private LiteralValidator(CheckResult check, SourceText source, bool homogeneous)
    {
        this.check = check;
        this.source = source;
        this.homogeneous = homogeneous;
    }

    public static List<CelIssue> Validate(Expr root, CheckResult check, SourceText source, bool homogeneousLiterals)
    {
        var validator = new LiteralValidator(check, source, homogeneousLiterals);
        validator.Visit(root, exempt: false);
        return validator.errors;
    }

    private void Visit(Expr expr, bool exempt)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expr)
        {
            case ListExpr list:
                if (homogeneous && !exempt)
                {
                    CheckList(list);
                }

                foreach (var element in list.Elements)
                {
                    Visit(element, exempt);
                }

                break;
            case MapExpr map:
                if (homogeneous && !exempt)
                {
                    CheckMap(map);
                }

                foreach (var entry in map.Entries)
                {
                    Visit(entry.Key, exempt);
                    Visit(entry.Value, exempt);
                }

                break;
            case CallExpr call:
                var isFormat = call.Function == "format" && call.Target is not null;
                if (isFormat && IsStringFormat(call))
                {
                    FormatCheck.Validate(call, check, source, errors);
                }

                if (call.Target is not null)
                {
                    Visit(call.Target, exempt: false);
                }

                foreach (var argument in call.Arguments)
                {
                    Visit(argument, exempt: isFormat);
                }

                break;
            case SelectExpr select:
                Visit(select.Operand, exempt: false);
                break;
            case StructExpr s:
                foreach (var field in s.Fields)
                {
                    Visit(field.Value, exempt: false);
                }

                break;
            case ComprehensionExpr c:
                foreach (var part in (Expr[])[c.Range, c.AccuInit, c.LoopCondition, c.LoopStep, c.Result])
                {
                    Visit(part, exempt: false);
                }

                break;
        }
    }

    private bool IsStringFormat(CallExpr call) =>
        check.References[call.Id] is FunctionReference reference
        && Array.Exists(reference.Candidates, c => c.Id == "string_format");

    private void CheckList(ListExpr list)
    {
        CelType? first = null;
        for (var i = 0; i < list.Elements.Length; i++)
        {
            var type = check.TypeOf(list.Elements[i].Id);
            if (Array.IndexOf(list.OptionalIndices, i) >= 0 && type.Kind == CelTypeKind.Optional)
            {
                type = type.Parameters[0];
            }

            if (first is null)
            {
                first = type;
            }
            else if (!first.IsSameAs(type))
            {
                Mismatch(list.Elements[i], first, type);
                return;
            }
        }
    }

    private void CheckMap(MapExpr map)
    {
        CelType? firstKey = null;
        CelType? firstValue = null;
        foreach (var entry in map.Entries)
        {
            var key = check.TypeOf(entry.Key.Id);
            var value = check.TypeOf(entry.Value.Id);
            if (entry.Optional && value.Kind == CelTypeKind.Optional)
            {
                value = value.Parameters[0];
            }

            if (firstKey is null || firstValue is null)
            {
                (firstKey, firstValue) = (key, value);
                continue;
            }

            if (!firstKey.IsSameAs(key))
            {
                Mismatch(entry.Key, firstKey, key);
            }

            if (!firstValue.IsSameAs(value))
            {
                Mismatch(entry.Value, firstValue, value);
            }
        }
    }

    private void Mismatch(Expr at, CelType expected, CelType found) =>
        errors.Add(source.Issue($"expected type '{expected}' but found '{found}'", at.Offset));
}
