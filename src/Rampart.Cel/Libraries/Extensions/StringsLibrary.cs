using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// cel-go's strings extension (<c>cel.lib.ext.strings</c>, all versions): charAt, indexOf, lastIndexOf,
/// lowerAscii, upperAscii, replace, split, substring, trim, join, format, strings.quote and reverse.
/// Indices count Unicode code points. <see cref="KubernetesPinned"/> is the version Kubernetes pins (2): no
/// <c>reverse</c>, and the <c>%e</c> clause of that version's formatter.
/// </summary>
internal sealed class StringsLibrary(bool kubernetesPinned) : ICelLibrary
{
    public static StringsLibrary Instance { get; } = new(false);

    /// <summary>The strings extension at the version the Kubernetes API server enables.</summary>
    public static StringsLibrary KubernetesPinned { get; } = new(true);

    private static readonly CelType S = CelType.String;
    private static readonly CelType I = CelType.Int;
    private static readonly CelCallCost Traversal = CelCallCost.PerSize(0, 0.1);

    /// <summary>What Kubernetes charges for split: a traversal and the construction of the result.</summary>
    private static readonly CelCallCost SplitCost = CelCallCost.PerSize(0, 0.2);

    /// <summary>A traversal of the string plus the text the replacements may add.</summary>
    private static readonly CelCallCost ReplaceCost = CelCallCost.Custom(
        args => 1 + (long)Math.Ceiling(0.1 * (CelCallCost.SizeOf(args[0]) + ((CelCallCost.SizeOf(args[0]) + 1) * (double)CelCallCost.SizeOf(args[2])))),
        sizes => new CelCostEstimate(1, Estimate(sizes[0].Max, sizes[2].Max)));

    /// <summary>
    /// A traversal of the format string plus a tenth of a unit per element, entry and character of the
    /// arguments, all the way down: <c>%s</c> prints nested lists and maps whole.
    /// </summary>
    private static readonly CelCallCost FormatCost = CelCallCost.Custom(
        args => 1 + (long)Math.Ceiling(0.1 * CelCallCost.SizeOf(args[0])) + (long)Math.Ceiling(0.1 * CelCallCost.DeepSize(args[1], UnicodeText.MaxResultLength)),
        sizes => new CelCostEstimate(1, CelCostEstimate.SaturatingAdd(1, CelCostEstimate.SaturatingAdd(sizes[0].Max / 10, sizes[1].Max))));

    /// <summary>
    /// One unit per element plus a fifth of a unit per character of the result, which join copies (Kubernetes
    /// charges the fifth). Nothing bounds the length of the elements statically, so the estimate is unbounded
    /// unless the list is empty.
    /// </summary>
    private static readonly CelCallCost JoinCost = CelCallCost.Custom(
        args => 1 + (long)CelCallCost.SizeOf(args[0]) + (long)Math.Ceiling(0.2 * JoinedLength(args)),
        sizes => new CelCostEstimate(CelCostEstimate.SaturatingAdd(1, sizes[0].Min), sizes[0].Max == 0 ? 1 : ulong.MaxValue));

    public string Name => "cel.lib.ext.strings";

    public void Configure(CelEnvironmentBuilder builder)
    {
        builder
            .AddFunction("charAt", f => f
                .Member("string_char_at_int", S, I, S, (s, i) => Str(UnicodeText.CharAt(Text(s), Int(i))), Traversal))
            .AddFunction("indexOf", f => f
                .Member("string_index_of_string", S, S, I, (s, sub) => Long(UnicodeText.IndexOf(Text(s), Text(sub))), Traversal)
                .Member("string_index_of_string_int", [S, S, I], I, a => Long(UnicodeText.IndexOf(Text(a[0]), Text(a[1]), Int(a[2]))), Traversal))
            .AddFunction("lastIndexOf", f => f
                .Member("string_last_index_of_string", S, S, I, (s, sub) => Long(UnicodeText.LastIndexOf(Text(s), Text(sub))), Traversal)
                .Member("string_last_index_of_string_int", [S, S, I], I, a => Long(UnicodeText.LastIndexOf(Text(a[0]), Text(a[1]), Int(a[2]))), Traversal))
            .AddFunction("lowerAscii", f => f
                .Member("string_lower_ascii", S, S, s => CelString.Of(UnicodeText.LowerAscii(Text(s))), Traversal))
            .AddFunction("upperAscii", f => f
                .Member("string_upper_ascii", S, S, s => CelString.Of(UnicodeText.UpperAscii(Text(s))), Traversal))
            .AddFunction("replace", f => f
                .Member("string_replace_string_string", [S, S, S], S, a => Replaced(UnicodeText.Replace(Text(a[0]), Text(a[1]), Text(a[2]))), ReplaceCost)
                .Member("string_replace_string_string_int", [S, S, S, I], S, a => Replaced(UnicodeText.Replace(Text(a[0]), Text(a[1]), Text(a[2]), Int(a[3]))), ReplaceCost))
            .AddFunction("split", f => f
                .Member("string_split_string", S, S, CelType.List(S), (s, sep) => Strings(UnicodeText.Split(Text(s), Text(sep))), SplitCost)
                .Member("string_split_string_int", [S, S, I], CelType.List(S), a => Strings(UnicodeText.Split(Text(a[0]), Text(a[1]), Int(a[2]))), SplitCost))
            .AddFunction("substring", f => f
                .Member("string_substring_int", S, I, S, (s, start) => Str(UnicodeText.Substring(Text(s), Int(start))), Traversal)
                .Member("string_substring_int_int", [S, I, I], S, a => Str(UnicodeText.Substring(Text(a[0]), Int(a[1]), Int(a[2]))), Traversal))
            .AddFunction("trim", f => f
                .Member("string_trim", S, S, s => CelString.Of(UnicodeText.Trim(Text(s))), Traversal))
            .AddFunction("join", f => f
                .Member("list_join", CelType.List(S), S, list => Join(list, string.Empty), JoinCost)
                .Member("list_join_string", CelType.List(S), S, S, (list, separator) => Join(list, Text(separator)), JoinCost))
            .AddFunction("format", f => f
                .Member("string_format", S, CelType.List(CelType.Dyn), S, (s, args) => StringFormatter.Format(Text(s), (CelList)args, kubernetesPinned), FormatCost))
            .AddFunction("strings.quote", f => f
                .Global("strings_quote", S, S, s => CelString.Of(UnicodeText.Quote(Text(s))), Traversal));
        if (!kubernetesPinned)
        {
            builder.AddFunction("reverse", f => f
                .Member("string_reverse", S, S, s => CelString.Of(UnicodeText.Reverse(Text(s))), Traversal));
        }
    }

    private static ulong Estimate(ulong text, ulong replacement) =>
        CelCostEstimate.SaturatingAdd(1, CelCostEstimate.SaturatingMultiply(CelCostEstimate.SaturatingAdd(text, 1), Math.Max(1, replacement)) / 10);

    private static CelValue Replaced(string? result) =>
        result is null ? new CelError($"replace: the result would be longer than {UnicodeText.MaxResultLength} characters") : CelString.Of(result);

    private static string Text(CelValue value) => ((CelString)value).Value;

    private static long Int(CelValue value) => ((CelInt)value).Value;

    private static CelValue Str((string? Value, string? Error) result) =>
        result.Error is { } error ? new CelError(error) : CelString.Of(result.Value!);

    private static CelValue Long((long Value, string? Error) result) =>
        result.Error is { } error ? new CelError(error) : CelInt.Of(result.Value);

    private static CelList Strings(List<string> parts)
    {
        var items = new CelValue[parts.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CelString.Of(parts[i]);
        }

        return CelList.Wrap(items);
    }

    /// <summary>The length of the joined text (string elements only; join fails on any other).</summary>
    private static double JoinedLength(ReadOnlySpan<CelValue> args)
    {
        var list = (CelList)args[0];
        var separator = args.Length > 1 ? CelCallCost.SizeOf(args[1]) : 0;
        var length = (double)separator * Math.Max(0, list.Count - 1);
        for (var i = 0; i < list.Count; i++)
        {
            length += list[i] is CelString s ? s.Value.Length : 0;
        }

        return length;
    }

    private static CelValue Join(CelValue list, string separator)
    {
        var items = (CelList)list;
        var parts = new string[items.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            if (items[i] is not CelString s)
            {
                return items[i] as CelError ?? new CelError($"join: list element {i} is {items[i].Type.Name}, not string");
            }

            parts[i] = s.Value;
        }

        var length = (long)separator.Length * Math.Max(0, parts.Length - 1);
        foreach (var part in parts)
        {
            length += part.Length;
        }

        return length > UnicodeText.MaxResultLength
            ? new CelError($"join: the result would be longer than {UnicodeText.MaxResultLength} characters")
            : CelString.Of(string.Join(separator, parts));
    }
}
