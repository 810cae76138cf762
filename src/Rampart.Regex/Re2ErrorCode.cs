namespace Rampart.Regex;

/// <summary>Why a pattern was rejected; the codes are RE2's parse errors plus the engine's size limits.</summary>
public enum Re2ErrorCode
{
    /// <summary>An unknown or unsupported escape such as <c>\1</c>, <c>\Z</c> or <c>\q</c>.</summary>
    BadEscape,

    /// <summary>A malformed character class.</summary>
    BadCharClass,

    /// <summary>A bad range such as <c>[z-a]</c>, or an unknown <c>\p{..}</c> or <c>[[:..:]]</c> name.</summary>
    BadCharRange,

    /// <summary>A character class without its closing <c>]</c>.</summary>
    MissingBracket,

    /// <summary>A group without its closing <c>)</c>.</summary>
    MissingParen,

    /// <summary>A <c>)</c> that closes no group.</summary>
    UnexpectedParen,

    /// <summary>A pattern that ends in a lone backslash.</summary>
    TrailingBackslash,

    /// <summary>A repetition operator with nothing to repeat, such as <c>*a</c> or <c>(+)</c>.</summary>
    RepeatArgument,

    /// <summary>A counted repetition over 1000 (alone or nested), or <c>{n,m}</c> with m &lt; n.</summary>
    RepeatSize,

    /// <summary>Stacked repetition operators such as <c>a**</c> or the possessive <c>a++</c>.</summary>
    RepeatOp,

    /// <summary>An unsupported <c>(?...)</c> construct: lookaround, atomic groups, conditionals, bad flags.</summary>
    BadPerlOp,

    /// <summary>An unpaired UTF-16 surrogate in the pattern.</summary>
    BadEncoding,

    /// <summary>An empty, malformed or duplicate capture group name.</summary>
    BadNamedCapture,

    /// <summary>Groups nested deeper than the engine allows.</summary>
    NestingDepth,

    /// <summary>The compiled program would exceed the configured maximum size.</summary>
    PatternTooLarge,
}
