using Rampart.Store.Data;

namespace Rampart.Store.Tests;

public sealed class DatabaseResolutionTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Without_a_database_the_store_is_a_sqlite_file_in_the_data_directory_option()
    {
        var db = StoreDatabase.Resolve(null, "/srv/rampart", Env(("RAMPART_DATA_DIR", "/elsewhere")));
        Assert.Equal((DialectKind.Sqlite, "/srv/rampart/rampart.db"), (db.Kind, db.Display));
    }

    [Fact]
    public void The_data_directory_falls_back_to_the_environment_then_the_xdg_data_home()
    {
        Assert.Equal("/env/rampart.db", StoreDatabase.Resolve(null, null, Env(("RAMPART_DATA_DIR", "/env"), ("XDG_DATA_HOME", "/xdg"))).Display);
        Assert.Equal("/xdg/rampart/rampart.db", StoreDatabase.Resolve(null, null, Env(("XDG_DATA_HOME", "/xdg"))).Display);
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_its_user_password_and_options()
    {
        var db = StoreDatabase.Resolve("postgres://app:s%40cret@db.example:6543/findings?sslmode=require", null, Env());
        Assert.Equal(DialectKind.Postgres, db.Kind);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString);
        Assert.Equal(("db.example", 6543, "findings", "app", "s@cret", Npgsql.SslMode.Require),
            (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
        Assert.DoesNotContain("s@cret", db.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void An_npgsql_connection_string_is_postgres_and_anything_else_a_sqlite_path()
    {
        Assert.Equal(DialectKind.Postgres, StoreDatabase.Resolve("Host=localhost;Database=x", null, Env()).Kind);
        Assert.Equal((DialectKind.Sqlite, "/tmp/x.db"), (StoreDatabase.Resolve("sqlite:/tmp/x.db", null, Env()) is var d ? (d.Kind, d.Display) : default));
    }
}
