namespace PipelineBot.Host.Reps;

/// <summary>One rep's channel accounts.</summary>
public sealed class RepAccounts
{
    /// <summary>The rep's id, as in <c>Routing:Reps</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The accounts (e.g. a Teams or Slack user) whose messages are the rep's.</summary>
    public List<RepChannelAccount> Accounts { get; set; } = [];
}
