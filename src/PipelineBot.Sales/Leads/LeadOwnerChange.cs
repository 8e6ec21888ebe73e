namespace PipelineBot.Sales.Leads;

/// <summary>A lead changing hands between reps, as its history records a reassignment.</summary>
/// <param name="FromRepId">The rep who owned the lead before.</param>
/// <param name="ToRepId">The rep who owns it now.</param>
/// <param name="Method">How the new owner was chosen; a round-robin one moves the round-robin cursor to them.</param>
public sealed record LeadOwnerChange(string FromRepId, string ToRepId, AssignmentMethod Method);
