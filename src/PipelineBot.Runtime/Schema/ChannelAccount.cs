using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Schema;

/// <summary>A user or bot on a channel.</summary>
public class ChannelAccount
{
    /// <summary>Creates an account with the given id and display name.</summary>
    public ChannelAccount(string? id = null, string? name = null)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The channel's id for the account (Teams: <c>29:...</c>; bots: <c>28:...</c>).</summary>
    public string? Id { get; set; }

    /// <summary>Display name.</summary>
    public string? Name { get; set; }

    /// <summary>Azure AD object id: the stable identity of a Teams user.</summary>
    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c>; informational only.</summary>
    public string? Role { get; set; }

    /// <summary>Fields this type does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
