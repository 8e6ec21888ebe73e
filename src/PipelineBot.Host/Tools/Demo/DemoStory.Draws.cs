using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Tools.Demo;

/// <summary>The random draws the stories are made of, and the words they use.</summary>
internal sealed partial class DemoStory
{
    // A stage without a configured limit is treated as if it had this one.
    private static readonly TimeSpan UsualLimit = TimeSpan.FromDays(7);

    private static readonly string[] NextSteps =
    [
        "send the revised proposal", "book a demo for the IT team", "call about the pilot scope", "follow up on the security questionnaire",
        "send the reference case study", "confirm budget with finance", "schedule the contract review", "introduce our solution architect",
    ];

    private static readonly string[] Notes =
    [
        "Demo went well; they want pricing for 50 seats.", "Procurement joins the next call.", "Competitor is cheaper, but they like our support.",
        "Champion is moving to another team next month.", "Asked for a two-year discount.", "Legal is reviewing our data processing terms.",
    ];

    private static readonly string[] WinReasons = ["best fit for their workflow", "fastest rollout", "strong reference from a peer", "support quality"];

    private static readonly string[] LossReasons = ["chose a competitor", "no budget this year", "went silent", "project cancelled", "price"];

    /// <summary>
    /// A finished stay in the stage: around a third of its limit (so the median-based limit, twice the median, is
    /// about two thirds of it), spread like real stays, a few past the limit.
    /// </summary>
    private TimeSpan Stay(PipelineStage stage)
    {
        var limit = stage.StuckAfter ?? UsualLimit;
        var days = limit.TotalDays / 3 * Math.Exp(0.5 * Gaussian());
        return TimeSpan.FromDays(Math.Clamp(days, 0.25, 2 * limit.TotalDays));
    }

    /// <summary>How long an open deal has been in its stage: well past its limit when stuck, else well inside both limits.</summary>
    private TimeSpan TimeInStage(PipelineStage stage, bool stuck)
    {
        var limit = stage.StuckAfter ?? UsualLimit;
        var share = stuck ? 1.1 + (1.5 * random.NextDouble()) : 0.05 + (0.45 * random.NextDouble());
        return limit * share;
    }

    private string Pick(string[] choices) => choices[random.Next(choices.Length)];

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);
}
