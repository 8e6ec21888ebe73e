namespace PipelineBot.Sales.Meetings;

/// <summary>Combines the free slots of several reps into one offer, for a visitor who may book any of them.</summary>
public static class SlotMerger
{
    /// <summary>
    /// The earliest slots among all the reps' in time order, at most <paramref name="count"/>. A start two reps are free
    /// at is offered once, with the rep listed first: the visitor picks a time, and the first rep (the lead's owner)
    /// should not lose the lead over a time they could take themselves.
    /// </summary>
    /// <param name="byRep">Each rep's free slots as <see cref="SlotFinder"/> finds them, reps in order of preference.</param>
    /// <param name="count">How many slots to return at most.</param>
    public static IReadOnlyList<RepSlot> Merge(IEnumerable<IEnumerable<RepSlot>> byRep, int count)
    {
        ArgumentNullException.ThrowIfNull(byRep);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        // OrderBy is stable, so among equal starts the preferred rep's slot comes first and is the one kept.
        return [.. byRep.SelectMany(slots => slots).OrderBy(s => s.Slot.Start).DistinctBy(s => s.Slot.Start).Take(count)];
    }
}
