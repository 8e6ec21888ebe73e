namespace PipelineBot.Sales;

/// <summary>The kind of party that caused a change, so history can tell automatic decisions from human ones.</summary>
public enum ActorKind
{
    /// <summary>The bot or a domain service deciding on its own (scoring, routing).</summary>
    System,

    /// <summary>The website visitor the lead belongs to.</summary>
    Visitor,

    /// <summary>A sales rep, identified by their rep id.</summary>
    Rep,
}
