namespace PipelineBot.Bench;

/// <summary>A clock stopped at one instant, so the seeded ages and the measured queries agree on "now".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
