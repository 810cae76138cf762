using Dapper;
using Rampart.Store.Data;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests;

public sealed class MigrationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Stores_opening_at_once_apply_each_migration_once(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => db.OpenAsync(), Cancel)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        await using var dialect = Dialect.For(db.Database);
        await using var connection = await dialect.OpenAsync(Cancel);
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal([1, 2, 3], versions);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Migrate_applies_the_schema_once_and_then_nothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var first = await FindingStore.MigrateAsync(db.Database, Cancel);
        var second = await FindingStore.MigrateAsync(db.Database, Cancel);

        Assert.Equal(["0001_initial", "0002_dashboard", "0003_team_rows"], first);
        Assert.Empty(second);
    }

    [Fact]
    public void Both_dialects_have_the_same_migration_versions()
    {
        Assert.Equal(Migrator.Embedded("sqlite").Select(m => m.Name), Migrator.Embedded("postgres").Select(m => m.Name));
    }
}
