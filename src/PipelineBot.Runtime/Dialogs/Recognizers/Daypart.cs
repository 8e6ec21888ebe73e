namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>A named part of the day; each spans fixed working hours so prompts can offer a slot.</summary>
internal enum Daypart
{
    /// <summary>08:00-12:00, TIMEX "MO".</summary>
    Morning,

    /// <summary>12:00-17:00, TIMEX "AF".</summary>
    Afternoon,

    /// <summary>17:00-20:00, TIMEX "EV".</summary>
    Evening,
}
