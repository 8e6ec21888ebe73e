namespace PipelineBot.Host.Reps;

/// <summary>
/// The channel accounts each rep talks to the bot from, read from the same <c>Routing:Reps</c> entries the domain's
/// routing options bind, so a rep is configured in one place. The domain never sees these: it knows reps by id only.
/// </summary>
public sealed class RepDirectoryOptions
{
    /// <summary>The configuration section, shared with <see cref="Sales.Routing.RoutingOptions"/>.</summary>
    public const string SectionName = Sales.Routing.RoutingOptions.SectionName;

    /// <summary>The reps, with the accounts they use.</summary>
    public List<RepAccounts> Reps { get; set; } = [];
}
