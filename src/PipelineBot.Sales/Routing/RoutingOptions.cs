using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Sales.Routing;

/// <summary>Reps and routing rules, bound from the <c>Routing</c> section by the host.</summary>
public sealed class RoutingOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Routing";

    /// <summary>
    /// Mail providers shared by unrelated people, which must never group leads for owner-first routing. Configuration
    /// adds to these through <see cref="SharedEmailDomains"/>.
    /// </summary>
    public static IReadOnlyList<string> WellKnownSharedEmailDomains { get; } =
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com",
        "proton.me", "protonmail.com", "gmx.com", "gmx.de", "mail.ru", "yandex.ru", "ya.ru", "seznam.cz",
        "email.cz", "centrum.cz", "yahoo.ro",
    ];

    /// <summary>The reps in round-robin order.</summary>
    public List<Rep> Reps { get; set; } = [];

    /// <summary>More shared mail domains (e.g. a local provider) on top of <see cref="WellKnownSharedEmailDomains"/>.</summary>
    public List<string> SharedEmailDomains { get; set; } = [];

    /// <summary>True when the domain belongs to a shared mail provider rather than a company.</summary>
    public bool IsSharedEmailDomain(string domain) =>
        WellKnownSharedEmailDomains.Concat(SharedEmailDomains).Contains(domain, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Reps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Reps[i].Id))
            {
                yield return new ValidationResult($"Rep {i + 1} has no id.", [nameof(Reps)]);
            }
        }
        foreach (var id in Reps.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return new ValidationResult($"Rep id '{id}' is used by more than one rep.", [nameof(Reps)]);
        }
    }
}
