namespace PipelineBot.Host.Tools.Transfer;

/// <summary>Which rows an export writes; both use the one leads-and-deals format.</summary>
public enum SalesExportKind
{
    /// <summary>The leads that have no deal, one row each.</summary>
    Leads,

    /// <summary>Every deal, one row each with the lead it was opened for.</summary>
    Deals,
}
