using Microsoft.Extensions.Options;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Reps;

/// <summary>
/// Tells the sales team from visitors. A sender is a principal (rep or manager) only when the channel and the user id
/// or Entra object id of the activity are listed for them in configuration, and a rep of the routing pool only while
/// active; everyone else is a visitor, whatever their message or card data claims.
/// </summary>
public sealed class RepDirectory(IOptions<RepDirectoryOptions> accounts, IOptions<RoutingOptions> routing)
{
    /// <summary>The rep or manager who sent the activity, or null when the sender is a visitor.</summary>
    public Principal? FindSender(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channel = activity.ChannelId;
        if (string.IsNullOrEmpty(channel) || activity.From is not { } from)
        {
            return null;
        }
        var (person, role) = accounts.Value.People()
            .FirstOrDefault(p => p.Person.Accounts.Exists(a => a.Identifies(channel, from.Id, from.AadObjectId)));
        return person is not null && IsActive(person)
            ? new Principal(person.Id, person.DisplayName, role)
            : null;
    }

    /// <summary>The configured rep with the id, active or not; null when there is none.</summary>
    public Rep? Find(string repId) => routing.Value.Reps.FirstOrDefault(r => r.Id == repId);

    /// <summary>The name to show for a rep or manager: the display name, else the id.</summary>
    public string NameOf(string repId) =>
        Find(repId) is { DisplayName.Length: > 0 } rep ? rep.DisplayName
        // Managers outside the routing pool change deals too, and their names show in the deal's history.
        : accounts.Value.Managers.Find(m => m.Id == repId) is { DisplayName.Length: > 0 } manager ? manager.DisplayName
        : repId;

    // A rep set inactive is away or gone and is treated as a visitor; managers outside the pool have no such switch.
    private bool IsActive(PrincipalAccounts person) =>
        !accounts.Value.Reps.Contains(person) || routing.Value.Reps.Exists(r => r.Active && r.Id == person.Id);
}
