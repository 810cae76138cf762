namespace Rampart.Store.Tests.Support;

/// <summary>A clock the test moves by hand, so that first-seen, fixed and SLA dates are known values.</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
