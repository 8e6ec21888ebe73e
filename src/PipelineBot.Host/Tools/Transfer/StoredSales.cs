using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>Everything the store holds, for the tools that need it all: the repositories' widest ranges, named once.</summary>
internal static class StoredSales
{
    public static Task<IReadOnlyList<Lead>> LoadLeadsAsync(ILeadRepository leads, CancellationToken cancellationToken) =>
        leads.FindCreatedBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken);

    /// <summary>Every deal: the open ones, and the closed ones since the beginning of time.</summary>
    public static Task<IReadOnlyList<Deal>> LoadDealsAsync(IDealRepository deals, CancellationToken cancellationToken) =>
        deals.FindOpenOrClosedSinceAsync(DateTimeOffset.MinValue, ownerRepId: null, cancellationToken);
}
