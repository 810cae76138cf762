using Rampart.History;
using Rampart.Testing;

namespace Rampart.Tests.History;

public sealed class HeadPresenceTests
{
    [Fact]
    public void A_value_found_in_history_is_known_present_or_gone_at_head_per_file()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.txt", "TOKEN_REMOVED\nTOKEN_KEPT\n").File("copy.txt", "TOKEN_KEPT\n").Commit("add")
            .Git("mv", "a.txt", "moved.txt")
            .File("moved.txt", "TOKEN_KEPT\n").Commit("remove one, move")
            .Build();
        var scanner = new TokenScanner();
        Assert.Null(HistoryReader.ReadCommits(repo.Root, null, scanner, CancellationToken.None).Error);

        var (presence, error) = HeadPresence.Find(repo.Root, scanner.Found.Select(f => f.Token), CancellationToken.None);

        Assert.Null(error);
        Assert.False(presence!.IsPresent("TOKEN_REMOVED"));
        Assert.True(presence.IsPresent("TOKEN_KEPT"));
        Assert.True(presence.IsPresent("TOKEN_KEPT", "moved.txt"));
        Assert.True(presence.IsPresent("TOKEN_KEPT", "copy.txt"));
        Assert.False(presence.IsPresent("TOKEN_KEPT", "a.txt"));
    }

    [Fact]
    public void A_value_can_be_asked_about_by_its_sha256()
    {
        using var repo = new RepositoryBuilder().GitInit().File("a.txt", "x = TOKEN_ABC;\n").Commit("add").Build();

        var (presence, _) = HeadPresence.Find(repo.Root, ["TOKEN_ABC", "TOKEN_GONE"], CancellationToken.None);

        // SHA-256 of "TOKEN_ABC", from sha256sum.
        const string Hash = "8c1789d3f52188d60fc38e27bdfb279b219688fb6aaf0f2c4d429b1b38d911b0";
        Assert.Equal(Hash, HeadPresence.HashOf("TOKEN_ABC"));
        Assert.True(presence!.IsPresentByHash(Hash, "a.txt"));
        Assert.False(presence.IsPresentByHash(HeadPresence.HashOf("TOKEN_GONE")));
    }

    [Fact]
    public void Head_is_read_once_one_blob_at_a_time_whatever_the_number_of_values()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.txt", "TOKEN_A\n").File("b.txt", "TOKEN_B\n").File("same-as-a.txt", "TOKEN_A\n")
            .Symlink("link", "a.txt")
            .Commit("add")
            .Build();

        var (few, _) = HeadPresence.Find(repo.Root, ["TOKEN_A"], CancellationToken.None);
        var (many, _) = HeadPresence.Find(repo.Root, Enumerable.Range(0, 500).Select(i => $"TOKEN_X{i}").Append("TOKEN_B"), CancellationToken.None);

        Assert.Equal(2, few!.BlobsRead); // two distinct contents; the link is not a file
        Assert.Equal(2, many!.BlobsRead);
        Assert.True(few.IsPresent("TOKEN_A", "same-as-a.txt"));
        Assert.True(many.IsPresent("TOKEN_B", "b.txt"));
        Assert.False(many.IsPresent("TOKEN_X1"));
    }
}
