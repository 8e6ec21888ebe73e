namespace PipelineBot.Sales.Deals;

/// <summary>What a <see cref="DealChange"/> recorded.</summary>
public enum DealChangeKind
{
    /// <summary>The deal opened in its pipeline's first stage.</summary>
    Opened,

    /// <summary>The deal moved between stages without being won, lost or reopened (forward, backward, or between closed stages of one outcome).</summary>
    StageMoved,

    /// <summary>The deal entered a won stage from a stage that was not; the reason is required.</summary>
    Won,

    /// <summary>The deal entered a lost stage from a stage that was not; the reason is required.</summary>
    Lost,

    /// <summary>A closed deal went back to an open stage.</summary>
    Reopened,

    /// <summary>The deal got a new owner.</summary>
    OwnerAssigned,

    /// <summary>The deal's value was set or changed.</summary>
    ValueSet,

    /// <summary>The expected close date was set for the first time or brought forward.</summary>
    ExpectedCloseSet,

    /// <summary>The expected close date moved later: a sign the deal is slipping.</summary>
    ExpectedClosePushedBack,

    /// <summary>The next step was set or replaced.</summary>
    NextStepSet,

    /// <summary>The owner silenced the stuck warning until the time recorded (round-trip "O" format) or the next stage move.</summary>
    StuckWarningSnoozed,
}
