using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Host.Reps;

/// <summary>
/// Who the sales team are on the channels, read from the same <c>Routing</c> section the domain's routing options
/// bind, so a rep is configured in one place. <c>Routing:Reps</c> are the people leads are routed to (the domain reads
/// only their ids); <c>Routing:Managers</c> are managers who see the whole pipeline but take no leads. The domain never
/// sees the accounts: it knows people by id only.
/// </summary>
public sealed class RepDirectoryOptions : IValidatableObject
{
    /// <summary>The configuration section, shared with <see cref="Sales.Routing.RoutingOptions"/>.</summary>
    public const string SectionName = Sales.Routing.RoutingOptions.SectionName;

    /// <summary>The reps in the routing pool, with their roles and accounts.</summary>
    public List<PrincipalAccounts> Reps { get; set; } = [];

    /// <summary>Managers outside the routing pool.</summary>
    public List<PrincipalAccounts> Managers { get; set; } = [];

    /// <summary>Every configured person with the role they have: a rep entry's own (rep by default), a manager entry's manager.</summary>
    public IEnumerable<(PrincipalAccounts Person, PrincipalRole Role)> People() =>
        Reps.Select(r => (r, r.Role ?? PrincipalRole.Rep)).Concat(Managers.Select(m => (m, PrincipalRole.Manager)));

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Managers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Managers[i].Id))
            {
                yield return new ValidationResult($"Routing:Managers entry {i + 1} has no id.", [nameof(Managers)]);
            }
            if (Managers[i].Role == PrincipalRole.Rep)
            {
                yield return new ValidationResult(
                    $"Routing:Managers entry '{Managers[i].Id}' has the role Rep; a rep who takes leads belongs in Routing:Reps.", [nameof(Managers)]);
            }
        }
        // Duplicates among the reps alone are reported by the routing options.
        foreach (var id in Managers.Select(m => m.Id).Where(id => id.Length > 0)
            .GroupBy(id => id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 || Reps.Exists(r => r.Id == g.Key))
            .Select(g => g.Key))
        {
            yield return new ValidationResult($"Id '{id}' is used by more than one person in Routing:Reps and Routing:Managers.", [nameof(Managers)]);
        }
        foreach (var problem in People().SelectMany(p => AccountProblems(p.Person)))
        {
            yield return new ValidationResult(problem, [nameof(Reps)]);
        }
        foreach (var identity in People()
            .SelectMany(p => p.Person.Accounts.SelectMany(Identities).Select(identity => (identity, p.Person.Id)))
            .GroupBy(x => x.identity, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() > 1))
        {
            yield return new ValidationResult(
                $"The account {identity.Key} belongs to more than one person: {string.Join(", ", identity.Select(x => x.Id).Distinct(StringComparer.Ordinal))}.",
                [nameof(Reps)]);
        }
    }

    private static IEnumerable<string> AccountProblems(PrincipalAccounts person)
    {
        foreach (var account in person.Accounts)
        {
            if (string.IsNullOrWhiteSpace(account.ChannelId))
            {
                yield return $"An account of '{person.Id}' has no ChannelId.";
            }
            if (string.IsNullOrWhiteSpace(account.UserId) && string.IsNullOrWhiteSpace(account.AadObjectId))
            {
                yield return $"An account of '{person.Id}' on '{account.ChannelId}' has neither a UserId nor an AadObjectId.";
            }
            if (!string.IsNullOrWhiteSpace(account.AadObjectId) && !Guid.TryParse(account.AadObjectId, out _))
            {
                yield return $"The AadObjectId '{account.AadObjectId}' of '{person.Id}' is not a GUID; Teams sends the user's Entra object id.";
            }
        }
    }

    // Spelled the way RepChannelAccount.Identifies compares them: channel in any case, user id exactly, the GUID by value.
    private static IEnumerable<string> Identities(RepChannelAccount account)
    {
        var channel = account.ChannelId.ToLowerInvariant();
        if (account.UserId.Length > 0)
        {
            yield return $"{channel} user {account.UserId}";
        }
        if (Guid.TryParse(account.AadObjectId, out var aad))
        {
            yield return $"{channel} Entra object {aad}";
        }
    }
}
