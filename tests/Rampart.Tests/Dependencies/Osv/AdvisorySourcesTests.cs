using Rampart.Dependencies;
using Rampart.Dependencies.Database;
using Rampart.Dependencies.Osv;
using Rampart.Tests.Dependencies.Database;
using Rampart.Tests.Dependencies.Scanning;

namespace Rampart.Tests.Dependencies.Osv;

public sealed class AdvisorySourcesTests
{
    [Fact]
    public async Task A_database_the_options_carry_is_used_as_it_is_and_not_opened_again()
    {
        var cache = await VulnScans.ImportedCache();
        using var database = AdvisoryDatabase.Open(cache).Database;
        Assert.NotNull(database);
        // The cache folder named holds no database: reading one from it would find nothing.
        var options = new VulnerabilityOptions { CacheDirectory = OsvArchives.TempFolder(), Database = database };

        var (source, errors) = AdvisorySources.Resolve(options);

        Assert.Empty(errors);
        Assert.Same(database, source);
    }

    [Fact]
    public async Task Without_an_open_database_the_cache_folder_is_opened()
    {
        var cache = await VulnScans.ImportedCache();

        var (source, errors) = AdvisorySources.Resolve(new VulnerabilityOptions { CacheDirectory = cache });

        Assert.Empty(errors);
        using var database = Assert.IsType<AdvisoryDatabase>(source);
        Assert.Equal([VulnScans.FlaskId], database.RecordsFor([("PyPI", "flask")]).Select(r => r.Id));
    }
}
