using System.Text;
using Rampart.Loading;
using Rampart.Rendering.Helm;

namespace Rampart.Rendering.Argo;

/// <summary>
/// The values an Application gives a chart inline, as YAML texts padded with blank lines so that each value stands at
/// its line of the Application file: <c>helm.values</c>, <c>helm.valuesObject</c> (which wins over <c>values</c>, as
/// in Argo CD) and each of <c>helm.parameters</c> (Argo CD passes them as <c>--set</c>; one written as plain nested
/// keys becomes a one-line document at the parameter's line, typed as <c>--set</c> types it).
/// </summary>
internal static class ArgoHelmValues
{
    /// <summary>Inline documents in order (values or valuesObject, then parameters) and the parameters left as <c>--set</c>.</summary>
    public static (List<(string Yaml, string DisplayPath)> Inline, List<string> Set) Of(MappingNode? helm, ArgoApplication application, string? fileText)
    {
        var inline = new List<(string, string)>();
        var set = new List<string>();
        if (helm?["valuesObject"] is MappingNode valuesObject)
        {
            inline.Add((ObjectText(valuesObject, application.Generated ? null : fileText), application.File));
        }
        else if (helm?["values"] is ScalarNode { Kind: ScalarKind.String, Text.Length: > 0 } values)
        {
            var first = values.Style is ScalarStyle.Literal or ScalarStyle.Folded ? values.Start.Line + 1 : values.Start.Line;
            inline.Add((Pad(values.Text, first), application.File));
        }

        foreach (var parameter in ArgoFields.Items(helm, "parameters").OfType<MappingNode>())
        {
            if (ArgoFields.Text(parameter, "name") is not { Length: > 0 } name)
            {
                continue;
            }

            var value = ArgoFields.Text(parameter, "value") ?? "";
            var forceString = ArgoFields.Flag(parameter, "forceString");
            if (!IsPlainName(name) || value.Contains(',', StringComparison.Ordinal))
            {
                set.Add(name + "=" + value);
                continue;
            }

            var scalar = !forceString && IsTypedBySet(value) ? value : WrapperText.Quote(value);
            var keys = name.Split('.');
            var text = string.Concat(keys.Select(k => "{" + WrapperText.Quote(k) + ": ")) + scalar + new string('}', keys.Length);
            inline.Add((Pad(text, parameter.Start.Line), application.File));
        }

        return (inline, set);
    }

    /// <summary>Whether <c>--set</c> gives the value a type other than string: a boolean, null, or an integer.</summary>
    private static bool IsTypedBySet(string value) =>
        value is "true" or "false" or "null" ||
        (long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _)
            && value.TrimStart('-') is var digits && (digits == "0" || digits[0] != '0'));

    /// <summary>Dotted names of letters, digits, '_' and '-' (no list index, no escape).</summary>
    private static bool IsPlainName(string name) =>
        name.Split('.').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));

    private static string Pad(string text, int firstLine) => new string('\n', Math.Max(0, firstLine - 1)) + text;

    /// <summary>The mapping's own lines of the file, unindented; for a generated application (whose values differ from the file), the mapping written out.</summary>
    private static string ObjectText(MappingNode map, string? fileText)
    {
        if (fileText is null)
        {
            return Pad(GoYamlWriter.Marshal(HelmYaml.ToGo(map, "", 0)) ?? "", map.Start.Line);
        }

        var lines = fileText.Split('\n');
        var last = map.End.Column == 1 && map.End.Line > map.Start.Line ? map.End.Line - 1 : map.End.Line;
        var text = new StringBuilder();
        for (var line = map.Start.Line; line <= Math.Min(last, lines.Length); line++)
        {
            var content = lines[line - 1].TrimEnd('\r');
            var indent = Math.Min(map.Start.Column - 1, content.Length);
            content = line == map.Start.Line ? content[indent..] : content[Math.Min(indent, content.Length - content.TrimStart(' ').Length)..];
            text.Append(content).Append('\n');
        }

        return Pad(text.ToString(), map.Start.Line);
    }
}
