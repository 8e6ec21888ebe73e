using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Qualification;
using Columns = PipelineBot.Host.Tools.Transfer.SalesCsvColumns;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// Checks one row of the leads-and-deals CSV against the format, the configuration (stages, reps, currency, time
/// zone) and the domain's rules, and reads it into a <see cref="LeadRow"/>. Every problem the row has is reported;
/// checks across rows (duplicates) are the importer's.
/// </summary>
public sealed partial class SalesCsvRowParser
{
    /// <summary>The longest company name kept, as in the conversation.</summary>
    public const int MaxCompanyLength = 200;

    /// <summary>The longest contact name kept, as in the conversation.</summary>
    public const int MaxNameLength = 100;

    private static readonly LeadStatus[] WithOwner = [LeadStatus.Sql, LeadStatus.SalesAccepted, LeadStatus.SalesRejected];

    private readonly SalesCsvHeader _header;
    private readonly PipelineCatalog _pipelines;
    private readonly IReadOnlyCollection<string> _repIds;
    private readonly string _currency;
    private readonly TimeZoneInfo _zone;
    private readonly DateTimeOffset _now;

    /// <summary>Creates the parser for a file's header, the configured pipelines and reps, and the import's time.</summary>
    /// <param name="header">The file's header.</param>
    /// <param name="pipelines">The pipelines stages are looked up in.</param>
    /// <param name="repIds">The ids an owner may have.</param>
    /// <param name="currency">The currency of a value without one.</param>
    /// <param name="zone">The clock of dates and times written without an offset.</param>
    /// <param name="now">The import's time: nothing may have happened after it, and it is when rows without a creation time were created.</param>
    public SalesCsvRowParser(SalesCsvHeader header, PipelineCatalog pipelines, IReadOnlyCollection<string> repIds, string currency, TimeZoneInfo zone, DateTimeOffset now) =>
        (_header, _pipelines, _repIds, _currency, _zone, _now) = (header, pipelines, repIds, currency, zone, now);

    /// <summary>Reads a data row; null when it has problems, each added to <paramref name="problems"/>.</summary>
    public LeadRow? Parse(int row, IReadOnlyList<string> fields, ICollection<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(problems);
        if (fields.Count != _header.Count)
        {
            problems.Add(new ImportProblem(row, string.Empty,
                $"has {fields.Count} fields where the header has {_header.Count}; a value holding a comma must be in double quotes"));
            return null;
        }
        var cells = new RowCells(row, fields, _header, problems, _zone);
        var isDeal = cells.Raw(Columns.Stage).Length > 0;
        var leadId = cells.Id(Columns.LeadId) ?? Guid.NewGuid();
        var company = cells.Text(Columns.Company, MaxCompanyLength);
        var (contactName, email, consent) = ReadContact(cells);
        var status = ReadStatus(cells, isDeal);
        var owner = ReadOwner(cells, status);
        var createdAt = NotInFuture(cells, Columns.CreatedAt, cells.Time(Columns.CreatedAt)) ?? _now;
        var deal = isDeal ? ReadDeal(cells, createdAt) : null;
        if (!isDeal)
        {
            RefuseDealColumns(cells);
        }
        return cells.Failed ? null : new LeadRow
        {
            LeadId = leadId, Company = company, ContactName = contactName, Email = email, ConsentGivenAt = consent,
            OwnerRepId = owner, Status = status!.Value, CreatedAt = createdAt, Deal = deal,
        };
    }

    private (string? Name, EmailAddress? Email, DateTimeOffset? Consent) ReadContact(RowCells cells)
    {
        var name = cells.Text(Columns.ContactName, MaxNameLength);
        var emailText = cells.Text(Columns.Email, int.MaxValue);
        EmailAddress? email = null;
        if (emailText is not null && !EmailAddress.TryParse(emailText, out email))
        {
            cells.Problem(Columns.Email, $"'{emailText}' is not an email address; it needs a name, an @ and a domain with a dot");
        }
        var consentText = cells.Raw(Columns.ConsentGivenAt);
        var consent = NotInFuture(cells, Columns.ConsentGivenAt, cells.Time(Columns.ConsentGivenAt));
        if (consentText.Length == 0 && (name is not null || emailText is not null))
        {
            // The bot keeps a person's details only with their consent, and an import is held to the same rule.
            cells.Problem(Columns.ConsentGivenAt, "is required with a contact_name or email: contact details are kept only with consent, so say when it was given, or leave them out");
        }
        return (name, email, consent);
    }

    private static LeadStatus? ReadStatus(RowCells cells, bool isDeal)
    {
        var text = cells.Raw(Columns.LeadStatus);
        var allowed = isDeal ? WithOwner : Enum.GetValues<LeadStatus>();
        if (text.Length == 0)
        {
            if (isDeal)
            {
                return LeadStatus.Sql;
            }
            cells.Problem(Columns.LeadStatus, $"is required on a row without a stage; use one of {string.Join(", ", allowed)}");
            return null;
        }
        var status = allowed.Cast<LeadStatus?>().FirstOrDefault(s => string.Equals(s.ToString(), text, StringComparison.OrdinalIgnoreCase));
        if (status is null)
        {
            var what = isDeal ? "the lead of a deal" : "a lead";
            cells.Problem(Columns.LeadStatus, $"'{text}' is not a status for {what}; use one of {string.Join(", ", allowed)}");
        }
        return status;
    }

    private string? ReadOwner(RowCells cells, LeadStatus? status)
    {
        var owner = cells.Raw(Columns.Owner);
        if (owner.Length == 0)
        {
            if (status is LeadStatus.SalesAccepted or LeadStatus.SalesRejected)
            {
                cells.Problem(Columns.Owner, $"is required for a {status} lead: only its owner accepts or rejects a lead");
            }
            return null;
        }
        if (!_repIds.Contains(owner))
        {
            cells.Problem(Columns.Owner, $"'{owner}' is not a rep in Routing:Reps; the reps are {string.Join(", ", _repIds)}");
            return null;
        }
        if (status is { } known && !WithOwner.Contains(known))
        {
            cells.Problem(Columns.Owner, $"is set, but a {known} lead has no owner; a lead gets one when it becomes Sql");
            return null;
        }
        return owner;
    }

    private DateTimeOffset? NotInFuture(RowCells cells, string column, DateTimeOffset? time)
    {
        if (time > _now)
        {
            cells.Problem(column, $"{time:yyyy-MM-dd HH:mm zzz} is in the future");
            return null;
        }
        return time;
    }
}
