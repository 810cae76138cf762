using System.Text;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>Loads YAML written in a test and picks out what the test is about.</summary>
internal static class Loaded
{
    public const string Path = "manifests/test.yaml";

    public static List<LoadedDocument> Documents(string yaml, LoadLimits? limits = null) =>
        new YamlLoader(limits ?? LoadLimits.Default).Load(Path, yaml).ToList();

    public static List<LoadedDocument> Bytes(byte[] content, LoadLimits? limits = null) =>
        new YamlLoader(limits ?? LoadLimits.Default).Load(Path, new MemoryStream(content)).ToList();

    public static List<LoadedDocument> Utf8(string yaml, LoadLimits? limits = null) => Bytes(Encoding.UTF8.GetBytes(yaml), limits);

    /// <summary>The root of a one-document file that loaded without problems.</summary>
    public static Node Root(string yaml)
    {
        var document = Assert.Single(Documents(yaml));
        Assert.Empty(document.Problems);
        return Assert.IsAssignableFrom<Node>(document.Root);
    }

    /// <summary>The value of key <c>v</c> in <c>v: {yaml}</c>.</summary>
    public static ScalarNode Value(string yaml)
    {
        var document = Assert.Single(Documents("v: " + yaml + "\n"));
        var root = Assert.IsType<MappingNode>(document.Root);
        return Assert.IsType<ScalarNode>(root["v"]);
    }

    /// <summary>Every problem of every document.</summary>
    public static List<Finding> Problems(string yaml, LoadLimits? limits = null) =>
        Documents(yaml, limits).SelectMany(d => d.Problems).ToList();

    /// <summary>The one problem of the file, which must be of <paramref name="rule"/>.</summary>
    public static Finding Problem(string yaml, RuleDescriptor rule, LoadLimits? limits = null)
    {
        var problem = Assert.Single(Problems(yaml, limits));
        Assert.Equal(rule.Id, problem.RuleId);
        return problem;
    }

    /// <summary>The problems of <paramref name="rule"/>.</summary>
    public static List<Finding> Problems(string yaml, RuleDescriptor rule) =>
        Problems(yaml).Where(p => p.RuleId == rule.Id).ToList();

    public static (int Line, int Column) At(this Finding finding) => (finding.Location.Line, finding.Location.Column);

    public static MappingNode Map(this Node? node) => Assert.IsType<MappingNode>(node);

    public static SequenceNode Seq(this Node? node) => Assert.IsType<SequenceNode>(node);

    public static ScalarNode Scalar(this Node? node) => Assert.IsType<ScalarNode>(node);
}
