using Rampart.Policies.Cel;

namespace Rampart.Tests.Policies;

public sealed class ForEachPatternTests
{
    [Fact]
    public void An_all_over_a_list_is_split_into_list_item_and_body()
    {
        var pattern = ForEachPattern.Match("variables.containers.all(c, !has(c.securityContext) || c.securityContext.privileged != true)");

        Assert.NotNull(pattern);
        Assert.Empty(pattern.Guards);
        Assert.Equal("variables.containers", pattern.List);
        Assert.Equal("c", pattern.Item);
        Assert.Equal("!has(c.securityContext) || c.securityContext.privileged != true", pattern.Body);
        Assert.False(pattern.Negated);
    }

    [Fact]
    public void Disjuncts_before_the_all_become_guards()
    {
        var pattern = ForEachPattern.Match("variables.isWindows || has(x.y) || (has(a.b) ? a.b : []).all(v, v > 1)");

        Assert.NotNull(pattern);
        Assert.Equal(["variables.isWindows", "has(x.y)"], pattern.Guards);
        Assert.Equal("(has(a.b) ? a.b : [])", pattern.List);
        Assert.Equal("v > 1", pattern.Body);
    }

    [Fact]
    public void A_negated_exists_is_recognized()
    {
        var pattern = ForEachPattern.Match("!object.rules.exists(r, '*' in r.verbs)");

        Assert.NotNull(pattern);
        Assert.True(pattern.Negated);
        Assert.Equal("object.rules", pattern.List);
        Assert.Equal("'*' in r.verbs", pattern.Body);
    }

    [Theory]
    [InlineData("!variables.containers.all(c, c.x)")]
    [InlineData("a.all(c, c.x) && b")]
    [InlineData("cond ? a.all(c, c.x) : true")]
    [InlineData("a.exists(c, c.x)")]
    [InlineData("a + b.all(c, c.x)")]
    [InlineData("a.all(k, v, v > 1)")]
    [InlineData("a.all(c, c.x) == true")]
    [InlineData("x in a.all(c, c.x)")]
    public void Other_shapes_are_not_split(string expression) =>
        Assert.Null(ForEachPattern.Match(expression));

    [Fact]
    public void Brackets_and_operators_inside_strings_do_not_confuse_the_split()
    {
        var pattern = ForEachPattern.Match("x == ')||(' || l.all(i, i != \"a, b) || c\")");

        Assert.NotNull(pattern);
        Assert.Equal(["x == ')||('"], pattern.Guards);
        Assert.Equal("i != \"a, b) || c\"", pattern.Body);
    }

    [Fact]
    public void Outer_parentheses_are_ignored()
    {
        var pattern = ForEachPattern.Match("(l.all(i, i > 0))");

        Assert.NotNull(pattern);
        Assert.Equal("l", pattern.List);
    }

    [Theory]
    [InlineData("l.all(i, i > 0")]
    [InlineData("l.all(i, 'open)")]
    public void Unbalanced_text_is_not_split(string expression) =>
        Assert.Null(ForEachPattern.Match(expression));
}
