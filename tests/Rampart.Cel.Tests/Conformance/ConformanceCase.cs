namespace Rampart.Cel.Tests.Conformance;

/// <summary>One test of a cel-spec <c>SimpleTestFile</c>, with the raw messages of its declarations and expectation.</summary>
internal sealed record ConformanceCase(string File, string Section, string Name, TextMessage Test)
{
    public string Id => $"{File}/{Section}/{Name}";

    public string Expr => Test.String("expr") ?? string.Empty;

    public static IEnumerable<ConformanceCase> Load(string path)
    {
        var file = Path.GetFileNameWithoutExtension(path);
        var root = TextProtoReader.Read(System.IO.File.ReadAllText(path));
        foreach (var section in root.Messages("section"))
        {
            var sectionName = section.String("name") ?? string.Empty;
            foreach (var test in section.Messages("test"))
            {
                yield return new ConformanceCase(file, sectionName, test.String("name") ?? string.Empty, test);
            }
        }
    }
}
