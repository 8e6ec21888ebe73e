namespace PipelineBot.Sales;

/// <summary>
/// Who caused a recorded change. The visitor is never identified here, so history stays anonymous after erasure.
/// </summary>
/// <param name="Kind">The kind of party.</param>
/// <param name="Id">A stable id within that kind: the rep id for reps, a fixed name otherwise.</param>
public sealed record Actor(ActorKind Kind, string Id)
{
    /// <summary>The bot's own decisions: scoring, qualification and routing.</summary>
    public static Actor System { get; } = new(ActorKind.System, "pipelinebot");

    /// <summary>The visitor the lead belongs to, deliberately without their channel identity.</summary>
    public static Actor Visitor { get; } = new(ActorKind.Visitor, "visitor");

    /// <summary>A sales rep acting on a lead, such as accepting or rejecting it.</summary>
    public static Actor Rep(string repId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        return new(ActorKind.Rep, repId);
    }

    /// <summary>Renders as <c>kind:id</c>, e.g. <c>Rep:alice</c>, for logs and summaries.</summary>
    public override string ToString() => $"{Kind}:{Id}";
}
