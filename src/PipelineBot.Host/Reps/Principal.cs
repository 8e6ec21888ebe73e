using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Reps;

/// <summary>
/// A configured member of the sales team talking to the bot: a rep or a manager. Anyone the directory does not
/// recognise is a visitor and has no principal, so holding one is what grants pipeline data.
/// </summary>
/// <param name="Id">The person's id, as in <c>Routing:Reps</c> or <c>Routing:Managers</c>; a rep's deals carry it as owner.</param>
/// <param name="DisplayName">The configured name; may be empty.</param>
/// <param name="Role">Rep or manager.</param>
public sealed record Principal(string Id, string DisplayName, PrincipalRole Role)
{
    /// <summary>The name to greet them by: the display name, else the id.</summary>
    public string Name => DisplayName.Length > 0 ? DisplayName : Id;

    /// <summary>The deals they may see: a rep their own, a manager everyone's.</summary>
    public PipelineScope Scope => Role == PrincipalRole.Manager ? PipelineScope.Everyone : PipelineScope.OwnedBy(Id);
}
