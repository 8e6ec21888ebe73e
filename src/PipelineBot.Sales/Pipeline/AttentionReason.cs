namespace PipelineBot.Sales.Pipeline;

/// <summary>Why an open deal needs its owner, most urgent first: the call list ranks by this order.</summary>
public enum AttentionReason
{
    /// <summary>The next step's due day has passed: a promise to the buyer is being broken.</summary>
    NextStepOverdue,

    /// <summary>The next step is due today.</summary>
    NextStepDueToday,

    /// <summary>The deal has sat in its stage too long (see <see cref="StuckRule"/>).</summary>
    Stuck,

    /// <summary>Nothing has been recorded on the deal for <see cref="PipelineOptions.SilentAfter"/> or longer.</summary>
    GoneSilent,

    /// <summary>Nobody has said what happens next.</summary>
    NoNextStep,

    /// <summary>The expected close date has been pushed later at least once.</summary>
    ExpectedClosePushedBack,
}
