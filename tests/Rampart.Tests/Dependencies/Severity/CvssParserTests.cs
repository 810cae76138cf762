using Rampart.Dependencies.Severity;

namespace Rampart.Tests.Dependencies.Severity;

public sealed class CvssParserTests
{
    [Theory]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssVersion.V30)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssVersion.V31)]
    [InlineData("CVSS:3.1/C:H/I:H/A:H/AV:N/AC:L/PR:N/UI:N/S:U", CvssVersion.V31)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", CvssVersion.V40)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:N/SC:N/SI:N/SA:N/E:A/MSI:S/U:Red", CvssVersion.V40)]
    public void Valid_vectors_are_read_with_their_version(string text, CvssVersion version)
    {
        var (vector, error) = CvssParser.Parse(text);
        Assert.Null(error);
        Assert.Equal(version, vector!.Version);
        Assert.Equal("N", vector["AV"]);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "must start with")]
    [InlineData("CVSS:2.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "must start with")]
    [InlineData("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "must start with")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y", "unknown metric 'XX'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H", "unknown metric 'AT'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/RL:O", "unknown metric 'RL'")]
    [InlineData("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'Q' is not a value of AV")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "'R' is not a value of UI")]
    [InlineData("CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'AV' is given more than once")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:H", "'A' is given more than once")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", "mandatory base metric S missing")]
    [InlineData("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H", "mandatory base metrics AT, SC, SI, SA missing")]
    [InlineData("CVSS:3.1/", "'' is not a metric:value pair")]
    [InlineData("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'' is not a metric:value pair")]
    [InlineData("CVSS:3.1/AV/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'AV' is not a metric:value pair")]
    [InlineData("CVSS:3.1/AV:/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "'AV:' is not a metric:value pair")]
    public void Malformed_vectors_are_errors_not_exceptions(string text, string expected)
    {
        var (vector, error) = CvssParser.Parse(text);
        Assert.Null(vector);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
