using PipelineBot.Sales.Leads;
using Columns = PipelineBot.Host.Tools.Transfer.SalesCsvColumns;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// Refuses a lead id, deal id or email that an earlier row of the file or the database already has. Emails count
/// too because an import without ids would otherwise, run twice, store every lead twice.
/// </summary>
internal sealed class DuplicateCheck
{
    private readonly HashSet<Guid> _storedLeadIds;
    private readonly HashSet<Guid> _storedDealIds;
    private readonly HashSet<string> _storedEmails;
    private readonly Dictionary<Guid, int> _leadIds = [];
    private readonly Dictionary<Guid, int> _dealIds = [];
    private readonly Dictionary<string, int> _emails = new(StringComparer.Ordinal);

    public DuplicateCheck(IEnumerable<Lead> stored)
    {
        var leads = stored.ToList();
        _storedLeadIds = [.. leads.Select(l => l.Id)];
        _storedDealIds = [.. leads.Select(l => l.DealId).OfType<Guid>()];
        _storedEmails = new HashSet<string>(leads.Select(l => l.WorkEmail?.Value).OfType<string>(), StringComparer.Ordinal);
    }

    public void Check(int row, LeadRow lead, ICollection<ImportProblem> problems)
    {
        Check(row, Columns.LeadId, lead.LeadId, _leadIds, _storedLeadIds, problems);
        if (lead.Deal is { } deal)
        {
            Check(row, Columns.DealId, deal.DealId, _dealIds, _storedDealIds, problems);
        }
        if (lead.Email is { } email)
        {
            // Addresses are lower-cased when parsed, so two spellings of one address meet here.
            Check(row, Columns.Email, email.Value, _emails, _storedEmails, problems);
        }
    }

    private static void Check<TKey>(int row, string column, TKey key, Dictionary<TKey, int> seen, HashSet<TKey> stored, ICollection<ImportProblem> problems)
        where TKey : notnull
    {
        if (stored.Contains(key))
        {
            problems.Add(new ImportProblem(row, column, $"{key} is already in the database"));
        }
        else if (!seen.TryAdd(key, row))
        {
            problems.Add(new ImportProblem(row, column, $"{key} is also on row {seen[key]}"));
        }
    }
}
