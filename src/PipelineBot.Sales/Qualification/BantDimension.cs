namespace PipelineBot.Sales.Qualification;

/// <summary>The four BANT questions sales asks of every prospect.</summary>
public enum BantDimension
{
    /// <summary>Can they pay for it?</summary>
    Budget,

    /// <summary>Can this person decide, or reach who does?</summary>
    Authority,

    /// <summary>Do they have a problem we solve?</summary>
    Need,

    /// <summary>Do they mean to buy soon enough?</summary>
    Timeline,
}
