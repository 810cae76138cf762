using System.Globalization;

namespace Rampart.Reporting;

/// <summary>How the SBOM formats write a report's time: UTC to the second with a trailing <c>Z</c>, as both CycloneDX and SPDX ask.</summary>
internal static class ReportTimes
{
    public static string UtcSeconds(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
