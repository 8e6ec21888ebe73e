namespace PipelineBot.Sales.Deals;

/// <summary>A finished stay of a deal in a stage, the sample the stuck rule's median dwell is taken over.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="EnteredAt">When the deal entered it.</param>
/// <param name="LeftAt">When the deal left it.</param>
/// <param name="LeftBySequence">The history entry that moved the deal on, so a store records each dwell once.</param>
public sealed record StageDwell(string Stage, DateTimeOffset EnteredAt, DateTimeOffset LeftAt, int LeftBySequence)
{
    /// <summary>How long the deal stayed.</summary>
    public TimeSpan Duration => LeftAt - EnteredAt;

    /// <summary>The finished dwells a history describes, oldest first: each stage entry is left by the next one.</summary>
    public static IReadOnlyList<StageDwell> Of(IEnumerable<DealChange> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var dwells = new List<StageDwell>();
        DealChange? entered = null;
        foreach (var change in history.Where(c => c.EntersStage))
        {
            if (entered is not null)
            {
                dwells.Add(new StageDwell(entered.To, entered.At, change.At, change.Sequence));
            }
            entered = change;
        }
        return dwells;
    }
}
