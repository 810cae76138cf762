using Rampart.Dependencies.Database;

namespace Rampart.Tests.Dependencies.Database;

public sealed class DataAgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Data_within_the_allowed_age_gives_no_warning()
    {
        var age = DataAge.Of(Now.AddDays(-7).AddHours(1), 7, Now);

        Assert.Equal(6, age.Days);
        Assert.False(age.Stale);
        Assert.Null(age.Warning);
    }

    [Fact]
    public void Data_older_than_the_allowed_age_warns_with_its_age_and_the_setting()
    {
        var age = DataAge.Of(Now.AddDays(-9).AddHours(-3), 7, Now);

        Assert.True(age.Stale);
        Assert.Equal("the vulnerability data is 9 days old (vulnerabilities.maxAgeDays is 7): run 'rampart db update'", age.Warning);
    }

    [Fact]
    public void Data_of_unknown_age_counts_as_stale()
    {
        var age = DataAge.Of(null, 7, Now);

        Assert.Null(age.Days);
        Assert.True(age.Stale);
        Assert.Contains("unknown", age.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_behind_the_update_time_counts_as_new_data()
    {
        Assert.Equal(0, DataAge.Of(Now.AddHours(5), 1, Now).Days);
    }
}
