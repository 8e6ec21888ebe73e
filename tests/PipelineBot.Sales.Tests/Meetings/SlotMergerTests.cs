using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

public class SlotMergerTests
{
    private static readonly DateTimeOffset Nine = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A rep's half-hour slots starting the given minutes after nine, earliest first as the slot finder gives them.</summary>
    private static List<RepSlot> Slots(string repId, params int[] minutesAfterNine) =>
        [.. minutesAfterNine.Select(m => new RepSlot(repId, new TimeSlot(Nine.AddMinutes(m), Nine.AddMinutes(m + 30))))];

    private static List<string> Show(IEnumerable<RepSlot> slots) => [.. slots.Select(s => $"{s.Slot.Start:HH:mm} {s.RepId}")];

    [Fact]
    public void Merge_TwoReps_InterleavesTheirSlotsInTimeOrder()
    {
        var merged = SlotMerger.Merge([Slots("anna", 60, 90, 180), Slots("dan", 0, 120)], 5);

        Assert.Equal(["09:00 dan", "10:00 anna", "10:30 anna", "11:00 dan", "12:00 anna"], Show(merged));
    }

    [Fact]
    public void Merge_StartSeveralRepsAreFreeAt_IsOfferedOnceWithTheRepListedFirst()
    {
        var merged = SlotMerger.Merge([Slots("anna", 30, 60), Slots("dan", 0, 30, 60), Slots("erin", 0)], 4);

        Assert.Equal(["09:00 dan", "09:30 anna", "10:00 anna"], Show(merged));
    }

    [Fact]
    public void Merge_MoreSlotsThanWanted_KeepsTheEarliest()
    {
        var merged = SlotMerger.Merge([Slots("anna", 0, 30, 60, 90), Slots("dan", 15, 45, 75, 105)], 4);

        Assert.Equal(["09:00 anna", "09:15 dan", "09:30 anna", "09:45 dan"], Show(merged));
    }

    [Fact]
    public void Merge_OneRep_IsThatRepsSlots()
    {
        var anna = Slots("anna", 0, 30, 60);

        Assert.Equal(anna, SlotMerger.Merge([anna], 4));
    }

    [Fact]
    public void Merge_NobodyFree_IsEmpty()
    {
        Assert.Empty(SlotMerger.Merge([Slots("anna"), Slots("dan")], 4));
    }
}
