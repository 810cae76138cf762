namespace Rampart.Schemas;

/// <summary>The range an integer <c>format</c> allows.</summary>
internal enum IntegerFormat : byte
{
    None,
    Int32,
    Int64,
}
