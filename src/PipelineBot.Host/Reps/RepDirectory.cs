using Microsoft.Extensions.Options;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Reps;

/// <summary>
/// Tells reps from visitors. A sender is a rep only when the channel and user id of the activity are listed for an
/// active rep in configuration; everyone else is a visitor, whatever their message or card data claims.
/// </summary>
public sealed class RepDirectory(IOptions<RepDirectoryOptions> accounts, IOptions<RoutingOptions> routing)
{
    /// <summary>The rep who sent the activity, or null when the sender is a visitor.</summary>
    public Rep? FindSender(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channel = activity.ChannelId;
        var user = activity.From?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(user))
        {
            return null;
        }
        var repId = accounts.Value.Reps
            .FirstOrDefault(r => r.Accounts.Any(a =>
                string.Equals(a.ChannelId, channel, StringComparison.OrdinalIgnoreCase) && string.Equals(a.UserId, user, StringComparison.Ordinal)))
            ?.Id;
        return repId is null ? null : routing.Value.Reps.FirstOrDefault(r => r.Active && r.Id == repId);
    }

    /// <summary>The configured rep with the id, active or not; null when there is none.</summary>
    public Rep? Find(string repId) => routing.Value.Reps.FirstOrDefault(r => r.Id == repId);

    /// <summary>The name to show for a rep: the display name, else the id.</summary>
    public string NameOf(string repId) => Find(repId) is { DisplayName.Length: > 0 } rep ? rep.DisplayName : repId;
}
