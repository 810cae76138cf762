using System.Collections;

namespace Rampart.Templates.Values;

/// <summary>A host value of a named slice type (such as Helm's <c>VersionSet</c>): its items.</summary>
public interface IGoSlice : IGoValue
{
    IList Items { get; }
}
