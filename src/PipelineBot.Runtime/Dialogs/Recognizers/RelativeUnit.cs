namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>The unit of an "in N units" offset; minutes, half hours and hours give a moment, the rest a date.</summary>
internal enum RelativeUnit
{
    Minutes,
    Hours,
    HalfHours,
    Days,
    Weeks,
    Months,
}
