namespace PipelineBot.Host.Reps;

/// <summary>One person of the sales team as the host needs them: who they are, their role and their channel accounts.</summary>
public sealed class PrincipalAccounts
{
    /// <summary>The person's id, unique across <c>Routing:Reps</c> and <c>Routing:Managers</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The name the bot greets them by.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>
    /// Rep or Manager. A <c>Routing:Reps</c> entry without one is a rep; a manager there also takes leads. A
    /// <c>Routing:Managers</c> entry is always a manager.
    /// </summary>
    public PrincipalRole? Role { get; set; }

    /// <summary>The accounts (e.g. a Teams or Slack user) whose messages are this person's.</summary>
    public List<RepChannelAccount> Accounts { get; set; } = [];
}
