using System.Text.Json;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Proactive;

/// <summary>
/// Where the bot can reach someone outside their own turns: the conversation they last talked to it in, under an
/// address such as <see cref="Rep"/> or <see cref="Visitor"/>. Kept in the bot's <see cref="IStorage"/>, so it lives
/// in the same database as everything else and moves with it to a shared store.
/// </summary>
public sealed class ConversationBook(IStorage storage)
{
    /// <summary>The address of a rep, e.g. <c>reps/anna</c>.</summary>
    public static string Rep(string repId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        return $"reps/{Uri.EscapeDataString(repId)}";
    }

    /// <summary>The address of a visitor, e.g. <c>visitors/webchat/user-1</c>: their channel and user id, as their lead knows them.</summary>
    public static string Visitor(VisitorKey visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return $"visitors/{Uri.EscapeDataString(visitor.ChannelId)}/{Uri.EscapeDataString(visitor.UserId)}";
    }

    /// <summary>Remembers the conversation so later messages can be sent to it proactively.</summary>
    public async Task RememberAsync(string address, ConversationReference reference, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(reference, BotJson.Options);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(address)] = new(json, StoreItem.AnyETag) }, cancellationToken);
    }

    /// <summary>The conversation last remembered for the address, or null when there is none.</summary>
    public async Task<ConversationReference?> FindAsync(string address, CancellationToken cancellationToken)
    {
        var key = Key(address);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? JsonSerializer.Deserialize<ConversationReference>(item.Json, BotJson.Options) : null;
    }

    /// <summary>Forgets the address's conversation, e.g. when a visitor has their data erased.</summary>
    public Task ForgetAsync(string address, CancellationToken cancellationToken) => storage.DeleteAsync([Key(address)], cancellationToken);

    private static string Key(string address) => $"{address}/conversation";
}
