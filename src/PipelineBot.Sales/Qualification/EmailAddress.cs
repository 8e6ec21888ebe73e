using System.Diagnostics.CodeAnalysis;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// A validated email address, lower-cased so the same person is found however they typed it. Deliberately stricter
/// than RFC 5322 in what chat users get wrong: no spaces, quotes, comments or markup, and a domain with a dot.
/// </summary>
public sealed record EmailAddress
{
    private const string LocalSymbols = "!#$%&'*+/=?^_`{|}~.-";

    private EmailAddress(string localPart, string domain)
    {
        LocalPart = localPart;
        Domain = domain;
    }

    /// <summary>The part before the <c>@</c>.</summary>
    public string LocalPart { get; }

    /// <summary>The part after the <c>@</c>, with at least one dot.</summary>
    public string Domain { get; }

    /// <summary>The whole address, e.g. <c>ann@acme.example</c>.</summary>
    public string Value => $"{LocalPart}@{Domain}";

    /// <summary>
    /// The company domain the address implies, used to group leads for owner-first routing. It is the full domain:
    /// telling <c>eu.acme.com</c> from <c>acme.co.uk</c> needs the public suffix list, which is not worth it here.
    /// </summary>
    public string CompanyDomain => Domain;

    /// <summary>Parses an address, ignoring surrounding white space; false for anything that is not plainly one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EmailAddress? email)
    {
        email = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254)
        {
            return false;
        }
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != trimmed.LastIndexOf('@'))
        {
            return false;
        }
        var local = trimmed[..at];
        var domain = trimmed[(at + 1)..];
        if (!IsLocalPart(local) || !IsDomain(domain))
        {
            return false;
        }
        email = new EmailAddress(local.ToLowerInvariant(), domain.ToLowerInvariant());
        return true;
    }

    /// <summary>Parses an address or explains why it is not one.</summary>
    /// <exception cref="FormatException">The text is not a valid address.</exception>
    public static EmailAddress Parse(string text) => TryParse(text, out var email)
        ? email
        : throw new FormatException($"'{text}' is not a valid email address: it needs a name, an @ and a domain with a dot.");

    /// <summary>Renders the address itself.</summary>
    public override string ToString() => Value;

    private static bool IsLocalPart(string local) =>
        local.Length <= 64
        && local[0] != '.' && local[^1] != '.'
        && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsLetterOrDigit(c) || LocalSymbols.Contains(c, StringComparison.Ordinal));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return domain.Length <= 253
            && labels.Length >= 2
            && labels.All(IsLabel)
            && IsTopLevel(labels[^1]);
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-' && label[^1] != '-'
        && label.All(c => char.IsLetterOrDigit(c) || c == '-');

    private static bool IsTopLevel(string label) =>
        label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) || (label.Length >= 2 && label.All(char.IsLetter));
}
