namespace Rampart.Dependencies.Severity;

/// <summary>The CVSS versions whose vector strings Rampart reads (the <c>CVSS:x.y</c> prefix of the vector).</summary>
public enum CvssVersion
{
    V30,
    V31,
    V40,
}
