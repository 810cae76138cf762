using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>
/// Makes the scalars transformers write. A made scalar stands where the value that caused it was written (the
/// kustomization's <c>namePrefix</c>, an <c>images:</c> entry, a generator's literal), so the rendered field
/// points at the line that set it.
/// </summary>
internal static class Scalars
{
    /// <summary>A string (quoted when written out, whatever it looks like), placed at <paramref name="at"/>.</summary>
    public static KScalar String(string text, KNode at) => new(StringNode(text, at.Start, at.End, at.Origin));

    public static ScalarNode StringNode(string text, Mark start, Mark end, NodeOrigin? origin) =>
        new(start, end, text, ScalarStyle.DoubleQuoted, ScalarKind.String) { Origin = origin };

    /// <summary>A scalar whose type follows from its text as an unquoted YAML value would (<c>3</c>, <c>true</c>).</summary>
    public static KScalar Plain(string text, KNode at)
    {
        var resolved = ScalarResolver.Resolve(text, plain: true, tag: null);
        return new KScalar(new ScalarNode(at.Start, at.End, text, ScalarStyle.Plain, resolved.Kind)
        {
            Origin = at.Origin,
            Bool = resolved.Bool,
            Int = resolved.Int,
            UInt = resolved.UInt,
            IsUnsigned = resolved.IsUnsigned,
            Float = resolved.Float,
        });
    }

    /// <summary>An integer placed at <paramref name="at"/>.</summary>
    public static KScalar Int(long value, KNode at) =>
        new(new ScalarNode(at.Start, at.End, value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain, ScalarKind.Int)
        {
            Origin = at.Origin,
            Int = value,
        });

    /// <summary>A key for a new field, placed where its value stands.</summary>
    public static ScalarNode Key(string name, KNode value) =>
        new(value.Start, value.Start, name, ScalarStyle.Plain, ScalarKind.String) { Origin = value.Origin };

    /// <summary>An empty mapping placed at <paramref name="at"/> (a field a transformer creates).</summary>
    public static KMap EmptyMap(KNode at) => new(at.Start, at.End, at.Origin);

    /// <summary>The text of a scalar, or null for anything else and for null scalars.</summary>
    public static string? TextOf(KNode? node) => node is KScalar { IsNull: false } scalar ? scalar.Value : null;
}
