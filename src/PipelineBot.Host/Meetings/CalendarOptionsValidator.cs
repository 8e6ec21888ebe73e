using Microsoft.Extensions.Options;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// Checks the Graph settings when Graph is the calendar, each message naming the setting to fix: the app's identity,
/// usable URLs, and a mailbox for every rep in <c>Routing:Reps</c> (and none for a rep who is not there).
/// </summary>
public sealed class CalendarOptionsValidator(IOptions<RoutingOptions> routing) : IValidateOptions<CalendarOptions>
{
    private const string Section = CalendarOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != CalendarProviderKind.Graph)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        Require(failures, nameof(options.TenantId), options.TenantId, "the Microsoft Entra tenant id of the app and the reps' mailboxes");
        Require(failures, nameof(options.ClientId), options.ClientId, "the app (client) id Graph is called as");
        Require(failures, nameof(options.ClientSecret), options.ClientSecret,
            "the app's client secret; set it through the environment (Calendar__ClientSecret) or user-secrets, not appsettings.json");
        RequireUrl(failures, nameof(options.Authority), options.Authority);
        RequireUrl(failures, nameof(options.BaseUrl), options.BaseUrl);
        if (options.SyncInterval <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:SyncInterval is {options.SyncInterval}; it must be positive.");
        }
        failures.AddRange(CheckMailboxes(options.Mailboxes));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> CheckMailboxes(Dictionary<string, string> mailboxes)
    {
        List<string> repIds;
        try
        {
            repIds = [.. routing.Value.Reps.Select(rep => rep.Id)];
        }
        catch (OptionsValidationException)
        {
            // Invalid reps are reported by the routing options' own validation; saying it twice would only bury the message.
            yield break;
        }
        foreach (var repId in repIds.Where(id => string.IsNullOrWhiteSpace(mailboxes.GetValueOrDefault(id))))
        {
            yield return $"{Section}:Mailboxes:{repId} is required when {Section}:Provider is Graph: the mailbox whose calendar rep '{repId}' is booked in.";
        }
        foreach (var repId in mailboxes.Keys.Except(repIds, StringComparer.Ordinal))
        {
            yield return $"{Section}:Mailboxes:{repId} names no rep in {RoutingOptions.SectionName}:Reps.";
        }
    }

    private static void Require(List<string> failures, string setting, string? value, string meaning)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{Section}:{setting} is required when {Section}:Provider is Graph: {meaning}.");
        }
    }

    private static void RequireUrl(List<string> failures, string setting, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Section}:{setting} '{value}' is not an absolute http(s) URL.");
        }
    }
}
