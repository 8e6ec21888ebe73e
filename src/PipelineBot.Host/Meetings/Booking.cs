using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Meetings;

/// <summary>What booking a slot did: the meeting, and the lead's hand-over when the slot was another rep's.</summary>
/// <param name="Meeting">The booked meeting.</param>
/// <param name="HandOver">The history entry moving the lead to the meeting's rep, with both owners; null when the owner's slot was booked.</param>
public sealed record Booking(Meeting Meeting, LeadStatusChange? HandOver);
