using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

/// <summary>
/// A CRD's <c>pattern</c> means what it means to Kubernetes, which compiles it with Go's regexp (RE2 syntax and
/// semantics) and matches it anywhere in the value; it is matched in linear time, and a pattern Go rejects is a
/// problem reported on the CRD.
/// </summary>
public sealed class CrdPatternTests
{
    [Theory]
    [InlineData("abc-12", true)]
    [InlineData("x abc-12 y", true)] // unanchored, as Go's MatchString
    [InlineData("ABC-12", false)]
    public void A_value_matches_the_pattern_anywhere_in_it(string value, bool matches)
    {
        var findings = SchemaAssert.Analyze(Yaml("'[a-z]+-[0-9]+'", $"'{value}'"));

        Assert.Equal(matches ? [] : [SchemaRules.InvalidFormat], findings.Select(f => f.RuleId));
    }

    [Fact]
    public void The_end_anchor_does_not_accept_a_final_newline_as_in_go()
    {
        // .NET's $ would match before the value's final newline; Go's (and RE2's) does not.
        var finding = SchemaAssert.Single(Yaml("'^[a-z]+-[0-9]+$'", "\"abc-12\\n\""));

        Assert.Equal(SchemaRules.InvalidFormat, finding.RuleId);
        Assert.Equal("spec.code", finding.Location.FieldPath);
    }

    [Fact]
    public void Perl_classes_are_ascii_only_as_in_go()
    {
        // U+0661 and U+0662 are Arabic-Indic digits: a digit to .NET's \d, not to Go's.
        var finding = SchemaAssert.Single(Yaml(@"'^[a-z]+-\d+$'", "'abc-\u0661\u0662'"));

        Assert.Equal(SchemaRules.InvalidFormat, finding.RuleId);
    }

    [Fact]
    public void Go_named_groups_are_accepted_and_checked()
    {
        var yaml = Yaml("'^(?P<name>[a-z]+)-[0-9]+$'", "'abc-x'");

        var finding = SchemaAssert.Single(yaml);

        Assert.Equal(SchemaRules.InvalidFormat, finding.RuleId);
        Assert.Contains("does not match the pattern ^(?P<name>[a-z]+)-[0-9]+$", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"'^(a)\1$'", @"invalid escape sequence: \1")]
    [InlineData("'a(?<=b)'", "invalid perl operator: (?<=")]
    [InlineData("'a{1001}'", "invalid repetition size: {1001}")]
    [InlineData("'(?:(?:a{1000}){1000}){1000}'", "invalid repetition size")]
    public void A_pattern_go_rejects_is_a_problem_on_the_crd_and_the_field_is_not_checked(string pattern, string reason)
    {
        var finding = SchemaAssert.Single(Yaml(pattern, "'anything at all'"));

        Assert.Equal(SchemaRules.SchemaProblem, finding.RuleId);
        Assert.Equal("CustomResourceDefinition", finding.Resource?.Kind);
        Assert.Equal(18, finding.Location.Line); // the openAPIV3Schema of the version that holds the pattern
        Assert.Contains("openAPIV3Schema.properties[spec].properties[code]: pattern", finding.Message, StringComparison.Ordinal);
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_nested_too_deeply_is_a_problem_not_a_crash()
    {
        var deep = "'" + new string('(', 5000) + new string(')', 5000) + "'";

        var finding = SchemaAssert.Single(Yaml(deep, "'x'"));

        Assert.Equal(SchemaRules.SchemaProblem, finding.RuleId);
        Assert.Contains("expression nests too deeply", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The widget CRD with this pattern for <c>spec.code</c>, and a widget whose code is this YAML value.</summary>
    private static string Yaml(string pattern, string value) =>
        CrdSchemaTests.Crd.Replace("'^[a-z]+-[0-9]+$'", pattern, StringComparison.Ordinal) + "\n"
        + CrdSchemaTests.Widget.Replace("code: abc-12", "code: " + value, StringComparison.Ordinal);
}
