namespace Rampart.Schemas;

/// <summary><c>x-kubernetes-list-type</c>.</summary>
internal enum ListType : byte
{
    Atomic,
    Set,
    Map,
}
