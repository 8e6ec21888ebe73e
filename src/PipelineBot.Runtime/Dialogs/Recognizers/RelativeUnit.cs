namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>The unit of an "in N units" offset; minutes and hours give a moment, the rest a date.</summary>
internal enum RelativeUnit
{
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
}
