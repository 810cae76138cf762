using Rampart.Policies;

namespace Rampart.Tests.Policies;

public sealed class FieldReferenceTests
{
    [Fact]
    public void An_item_path_has_its_variable_as_root()
    {
        var field = FieldReference.Parse("c.securityContext.capabilities.add", out var error);

        Assert.Null(error);
        Assert.NotNull(field);
        Assert.Equal("c", field.Root);
        Assert.Equal(".securityContext.capabilities.add", "." + field.RelativePath);
    }

    [Fact]
    public void A_variables_path_keeps_the_variable_name_in_the_root()
    {
        var field = FieldReference.Parse("variables.podSpec.volumes[2].hostPath", out _);

        Assert.NotNull(field);
        Assert.Equal("variables.podSpec", field.Root);
        Assert.Equal([FieldSegmentKey("volumes"), new(null, 2), FieldSegmentKey("hostPath")], field.Segments);
    }

    [Fact]
    public void Quoted_map_keys_may_hold_dots_and_slashes()
    {
        var field = FieldReference.Parse("object.metadata.annotations['container.apparmor.security.beta.kubernetes.io/app']", out _);

        Assert.NotNull(field);
        Assert.Equal("container.apparmor.security.beta.kubernetes.io/app", field.Segments[^1].Key);
        Assert.Equal("metadata.annotations['container.apparmor.security.beta.kubernetes.io/app']", field.RelativePath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("9lives")]
    [InlineData("a..b")]
    [InlineData("a[x]")]
    [InlineData("a['open")]
    [InlineData("variables")]
    [InlineData("a + b")]
    public void Malformed_references_are_rejected_with_a_reason(string text)
    {
        Assert.Null(FieldReference.Parse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    private static Rampart.Policies.FieldSegment FieldSegmentKey(string key) => Rampart.Policies.FieldSegment.Field(key);
}
