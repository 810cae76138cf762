using System.Text;
using Rampart.Loading;
using Rampart.Templates;
using Rampart.Templates.Execution;
using Rampart.Templates.Functions;

namespace Rampart.Rendering.Argo;

/// <summary>
/// An ApplicationSet's template filled with one set of parameters, string field by string field, each keeping its
/// line: Argo CD's default <c>{{name}}</c> replacement (an unknown name is left as written), or with
/// <c>goTemplate: true</c> Go's text/template with Sprig's functions and <c>goTemplateOptions</c>' <c>missingkey</c>.
/// </summary>
internal sealed class ArgoTemplate(bool goTemplate, MissingKey missingKey)
{
    public static ArgoTemplate Of(MappingNode spec)
    {
        var missing = MissingKey.Invalid;
        foreach (var option in ArgoFields.Items(spec, "goTemplateOptions").Select(ArgoFields.Text))
        {
            missing = option switch
            {
                "missingkey=error" => MissingKey.Error,
                "missingkey=zero" => MissingKey.Zero,
                "missingkey=default" or "missingkey=invalid" => MissingKey.Invalid,
                _ => missing,
            };
        }

        return new ArgoTemplate(ArgoFields.Flag(spec, "goTemplate"), missing);
    }

    /// <summary>The template with <paramref name="parameters"/> substituted; the first Go template error, at its line, when one fails.</summary>
    public MappingNode Fill(MappingNode template, ArgoParameters parameters, out (int Line, string Message)? error)
    {
        (int, string)? failed = null;
        var filled = NodeRewrite.MapMapping(template, scalar =>
        {
            if (scalar.Kind != ScalarKind.String || !scalar.Text.Contains("{{", StringComparison.Ordinal))
            {
                return scalar;
            }

            var text = goTemplate ? Go(scalar.Text, parameters, out var message) : Replace(scalar.Text, parameters.Flat, out message);
            if (message is not null)
            {
                failed ??= (scalar.Start.Line, message);
            }

            return NodeRewrite.WithText(scalar, text);
        }, o => o);
        error = failed;
        return filled;
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> parameters, out string? error)
    {
        error = null;
        var result = new StringBuilder(text.Length);
        var at = 0;
        while (text.IndexOf("{{", at, StringComparison.Ordinal) is var open && open >= 0 && text.IndexOf("}}", open + 2, StringComparison.Ordinal) is var close && close >= 0)
        {
            result.Append(text, at, open - at);
            var name = text[(open + 2)..close].Trim();
            result.Append(parameters.TryGetValue(name, out var value) ? value : text[open..(close + 2)]);
            at = close + 2;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private string Go(string text, ArgoParameters parameters, out string? error)
    {
        var set = new TemplateSet(Sprig.Functions, missingKey);
        error = set.Parse("template", text);
        if (error is not null)
        {
            return text;
        }

        var result = set.Execute("template", parameters.Tree);
        error = result.Error;
        return error is null ? result.Text : text;
    }
}
