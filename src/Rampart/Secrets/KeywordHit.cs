namespace Rampart.Secrets;

/// <summary>A place where keywords end in a text: the offset just past their last byte, and their groups as a bit set.</summary>
public readonly record struct KeywordHit(int End, UInt128 Groups);
