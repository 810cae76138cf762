namespace Rampart.Templates.Values;

/// <summary>A host value that says which Go type it stands for (structs, pointers, named maps and numbers other than int and float64).</summary>
public interface IGoValue
{
    GoType GoType { get; }
}
