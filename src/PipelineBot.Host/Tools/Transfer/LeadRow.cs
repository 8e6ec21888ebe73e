using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// One lead as the CSV describes it, checked and typed, with the deal opened for it if the row has a stage.
/// <see cref="SalesRowFactory"/> turns it into the domain's <see cref="Lead"/> and deal.
/// </summary>
public sealed record LeadRow
{
    /// <summary>The lead's id.</summary>
    public required Guid LeadId { get; init; }

    /// <summary>The company, which also names the deal.</summary>
    public string? Company { get; init; }

    /// <summary>The contact's name; only with <see cref="ConsentGivenAt"/>.</summary>
    public string? ContactName { get; init; }

    /// <summary>The contact's work email; only with <see cref="ConsentGivenAt"/>.</summary>
    public EmailAddress? Email { get; init; }

    /// <summary>When the contact agreed to be contacted.</summary>
    public DateTimeOffset? ConsentGivenAt { get; init; }

    /// <summary>The owning rep's id; only for a lead that is Sql or further.</summary>
    public string? OwnerRepId { get; init; }

    /// <summary>Where the lead stands in the funnel.</summary>
    public required LeadStatus Status { get; init; }

    /// <summary>When the lead was created, and its deal opened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The deal opened for the lead, if any; then <see cref="Status"/> is Sql or further.</summary>
    public DealRow? Deal { get; init; }
}
