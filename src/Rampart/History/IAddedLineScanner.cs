namespace Rampart.History;

/// <summary>
/// What the history reader hands each added line to, in the order git prints them (newest commit first, files in
/// path order, lines in file order). The reader calls it from one thread.
/// </summary>
public interface IAddedLineScanner
{
    void Scan(AddedLine line);
}
