namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>A whole week or month named relative to today.</summary>
internal enum CalendarPeriod
{
    ThisWeek,
    NextWeek,
    ThisMonth,
    NextMonth,
}
