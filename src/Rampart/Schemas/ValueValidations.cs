using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary><c>allOf</c>, <c>anyOf</c>, <c>oneOf</c> and <c>not</c> of structural schemas.</summary>
internal static class ValueValidations
{
    public static void Validate(CompiledSchema schema, Node node, ValidationContext context)
    {
        if (schema.AllOf is { } all)
        {
            foreach (var branch in all)
            {
                SchemaValidator.Validate(branch, node, context);
            }
        }

        if (schema.AnyOf is { } any && Passing(any, node, context, stopAt: 1) == 0)
        {
            context.Report(SchemaRules.ValueValidationFailed, node, "must match at least one of the schemas in anyOf");
        }

        if (schema.OneOf is { } one)
        {
            var passing = Passing(one, node, context, stopAt: 2);
            if (passing != 1)
            {
                context.Report(SchemaRules.ValueValidationFailed, node,
                    passing == 0 ? "must match exactly one of the schemas in oneOf, matches none" : "must match exactly one of the schemas in oneOf, matches several");
            }
        }

        if (schema.Not is { } not && Passing([not], node, context, stopAt: 1) == 1)
        {
            context.Report(SchemaRules.ValueValidationFailed, node, "must not match the schema in not");
        }
    }

    /// <summary>How many branches accept the node, counting up to <paramref name="stopAt"/>, without recording their errors.</summary>
    private static int Passing(CompiledSchema[] branches, Node node, ValidationContext context, int stopAt)
    {
        var wasSilent = context.Silent;
        var errorsBefore = context.ErrorCount;
        context.Silent = true;
        var passing = 0;
        try
        {
            foreach (var branch in branches)
            {
                var before = context.ErrorCount;
                SchemaValidator.Validate(branch, node, context);
                if (context.ErrorCount == before && ++passing >= stopAt)
                {
                    break;
                }
            }
        }
        finally
        {
            context.Silent = wasSilent;
            context.ErrorCount = errorsBefore;
        }

        return passing;
    }
}
