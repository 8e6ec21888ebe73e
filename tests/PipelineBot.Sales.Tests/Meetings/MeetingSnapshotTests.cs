using System.Text.Json;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

public class MeetingSnapshotTests
{
    private static readonly DateTimeOffset Ten = MeetingBuilder.Now.AddHours(2);

    private static string Json(Meeting meeting) => JsonSerializer.Serialize(meeting.ToSnapshot());

    [Fact]
    public void FromSnapshot_RescheduledThenCancelled_RestoresEverything()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();
        meeting.Reschedule(new TimeSlot(Ten.AddHours(1), Ten.AddHours(2)), Actor.Visitor, MeetingBuilder.Now);
        meeting.Cancel(Actor.Rep("alice"), MeetingBuilder.Now, "double-booked elsewhere");
        meeting.ConfirmSaved(3);

        var restored = Meeting.FromSnapshot(meeting.ToSnapshot());

        Assert.Equal(Json(meeting), Json(restored));
        Assert.Equal(meeting.History, restored.History);
        Assert.Equal((3L, MeetingStatus.Cancelled), (restored.Version, restored.Status));
    }

    [Fact]
    public void FromSnapshot_GapInHistory_Throws()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();
        meeting.Cancel(Actor.Visitor, MeetingBuilder.Now);
        var snapshot = meeting.ToSnapshot();

        var error = Assert.Throws<SalesDomainException>(() => Meeting.FromSnapshot(snapshot with { History = [snapshot.History[1]] }));

        Assert.Contains("broken history at entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSnapshot_TimeDisagreesWithHistory_Throws()
    {
        var snapshot = new MeetingBuilder().At(Ten).Build().ToSnapshot();

        Assert.Throws<SalesDomainException>(() => Meeting.FromSnapshot(snapshot with { Time = new TimeSlot(Ten.AddHours(1), Ten.AddHours(2)) }));
    }

    [Fact]
    public void FromSnapshot_ChangeAfterFinalStatus_Throws()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();
        meeting.Cancel(Actor.Visitor, MeetingBuilder.Now);
        var snapshot = meeting.ToSnapshot();
        var reopened = snapshot.History[1] with { Sequence = 3, What = MeetingAction.Cancelled, From = MeetingStatus.Cancelled };

        Assert.Throws<SalesDomainException>(() => Meeting.FromSnapshot(snapshot with { History = [.. snapshot.History, reopened] }));
    }

    [Fact]
    public void ConfirmSaved_NotPastCurrentVersion_Throws()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.ConfirmSaved(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => meeting.ConfirmSaved(1));
    }
}
