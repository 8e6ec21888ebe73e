using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Pipeline;

/// <summary>A lead its owner holds without a deal that has been quiet as long as a deal may be (<see cref="PipelineOptions.SilentAfter"/>).</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Name">The visitor's name, if given.</param>
/// <param name="Company">The company the visitor named, if any.</param>
/// <param name="OwnerRepId">The rep who holds it.</param>
/// <param name="QuietFor">How long since its last activity.</param>
public sealed record SilentLead(Guid LeadId, string? Name, string? Company, string OwnerRepId, TimeSpan QuietFor)
{
    /// <summary>
    /// The lead as gone silent when it <see cref="Lead.AwaitsOwner"/> and its last activity is at least
    /// <paramref name="silentAfter"/> before <paramref name="now"/>; otherwise null.
    /// </summary>
    public static SilentLead? Check(Lead lead, TimeSpan silentAfter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var quietFor = now - lead.LastActivityAt;
        return lead.AwaitsOwner && quietFor >= silentAfter
            ? new SilentLead(lead.Id, lead.Name, lead.Company, lead.OwnerRepId!, quietFor)
            : null;
    }
}
