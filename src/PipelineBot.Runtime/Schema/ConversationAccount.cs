using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public class ConversationAccount
{
    /// <summary>Creates a conversation account with the given id.</summary>
    public ConversationAccount(string? id = null) => Id = id;

    /// <summary>The channel's conversation id (compared ordinally).</summary>
    public string? Id { get; set; }

    /// <summary>Display name.</summary>
    public string? Name { get; set; }

    /// <summary>True for group chats and channels, where the bot is one of several members.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The tenant the conversation lives in (Teams).</summary>
    public string? TenantId { get; set; }

    /// <summary>Fields this type does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
