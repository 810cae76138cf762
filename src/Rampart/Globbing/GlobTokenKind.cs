namespace Rampart.Globbing;

/// <summary>What one step of a compiled glob accepts. A "unit" is a byte of UTF-8 or a UTF-16 character, as the caller reads text.</summary>
internal enum GlobTokenKind
{
    /// <summary>One given unit.</summary>
    Literal,

    /// <summary><c>?</c>: any unit but <c>/</c>.</summary>
    AnyUnit,

    /// <summary><c>?</c> where it crosses folders: any unit, <c>/</c> included.</summary>
    AnyUnitOrSlash,

    /// <summary><c>[...]</c>: a unit of the set, never <c>/</c>.</summary>
    Set,

    /// <summary><c>*</c>: any run of units without <c>/</c>.</summary>
    Star,

    /// <summary>Any run of units, slashes included (<c>**</c> at the end of a segment, or <c>*</c> where it crosses folders).</summary>
    AnyText,

    /// <summary><c>**/</c>: nothing, or anything that ends with <c>/</c>. Entry state (may be skipped).</summary>
    FoldersEntry,

    /// <summary>Inside folders, left only by a <c>/</c>: the second state of <c>**/</c>, or on its own one or more folders.</summary>
    FoldersInside,
}
