using Npgsql;
using Rampart.Testing;

namespace Rampart.Store.Tests.Support;

/// <summary>
/// A fresh, empty database of one engine for one test: a SQLite file in its own folder, or a new PostgreSQL database
/// on the server <c>RAMPART_TEST_POSTGRES</c> names (skipped with a reason when it is not set, a failure under CI).
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "RAMPART_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? serverConnection;
    private readonly string? databaseName;

    private TestDatabase(StoreDatabase database, string? folder, string? serverConnection, string? databaseName)
    {
        Database = database;
        this.folder = folder;
        this.serverConnection = serverConnection;
        this.databaseName = databaseName;
    }

    /// <summary>The engines every store test runs on.</summary>
    public static TheoryData<string> Engines => new() { "sqlite", "postgres" };

    public StoreDatabase Database { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? File => folder is null ? null : Path.Combine(folder, StoreDatabase.FileName);

    public static async Task<TestDatabase> CreateAsync(string engine)
    {
        if (engine == "sqlite")
        {
            var dir = Directory.CreateTempSubdirectory("rampart-store-").FullName;
            return new TestDatabase(StoreDatabase.Sqlite(Path.Combine(dir, StoreDatabase.FileName)), dir, null, null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        Prerequisites.Require(!string.IsNullOrEmpty(server), $"{PostgresVariable} is not set (a connection string to a PostgreSQL server; .ci/run starts one)");
        var name = "rampart_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(StoreDatabase.Postgres(builder.ConnectionString), null, server, name);
    }

    public Task<FindingStore> OpenAsync(StoreOptions? options = null, TimeProvider? clock = null) =>
        FindingStore.OpenAsync(Database, options, clock, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        if (serverConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(serverConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
