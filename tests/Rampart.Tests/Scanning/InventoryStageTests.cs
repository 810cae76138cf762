using System.Text;
using Rampart.Scanning;

namespace Rampart.Tests.Scanning;

public sealed class InventoryStageTests
{
    private static readonly byte[][] Kinds = [Encoding.UTF8.GetBytes("ServiceAccount"), Encoding.UTF8.GetBytes("Namespace")];

    [Theory]
    [InlineData("kind: ServiceAccount\n", true)]
    [InlineData("apiVersion: v1\nkind:   Namespace\nmetadata: {}\n", true)]
    [InlineData("{\"apiVersion\":\"v1\",\"kind\":\"ServiceAccount\"}", true)]
    [InlineData("kind: 'Namespace'\n", true)]
    [InlineData("spec:\n  automountServiceAccountToken: false\n", false)]
    [InlineData("kind: ServiceAccountList\n", false)]
    [InlineData("metadata:\n  namespace: shop\n", false)]
    [InlineData("subkind: Namespace\n", false)]
    [InlineData("# a Namespace would go here\n", false)]
    public void Only_a_kind_key_naming_the_kind_counts(string text, bool expected) =>
        Assert.Equal(expected, InventoryStage.MayHoldAny(Encoding.UTF8.GetBytes(text), Kinds));
}
