using System.Globalization;
using System.Text;
using PipelineBot.Host.Tools.Csv;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using Columns = PipelineBot.Host.Tools.Transfer.SalesCsvColumns;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// Writes leads or deals in the format <see cref="SalesCsvImport"/> reads, so an export imports into an empty
/// database as the same rows. A row holds where a lead or deal stands now, not its history or notes. Rows are in
/// order of creation, then id, so two exports of the same data are the same file.
/// </summary>
public sealed class SalesCsvExport(ILeadRepository leads, IDealRepository deals)
{
    // Export writes UTC to the millisecond, which is what the store keeps, so nothing is lost and nothing is made up.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFF'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>Writes the rows to <paramref name="path"/>, replacing the file only once it is complete; returns how many rows.</summary>
    public async Task<int> ExportAsync(SalesExportKind kind, string path, CancellationToken cancellationToken = default)
    {
        var stored = await StoredSales.LoadLeadsAsync(leads, cancellationToken);
        var rows = kind == SalesExportKind.Leads
            ? [.. stored.Where(l => l.DealId is null).OrderBy(l => l.CreatedAt).ThenBy(l => l.Id).Select(l => Row(l, deal: null))]
            : await DealRowsAsync(stored, cancellationToken);
        var partial = path + ".partial";
        // A BOM, so spreadsheets read the names in Czech, Russian or Serbian as UTF-8.
        await using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            var csv = new CsvWriter(writer);
            csv.WriteRecord(Columns.All);
            rows.ForEach(csv.WriteRecord);
        }
        File.Move(partial, path, overwrite: true);
        return rows.Count;
    }

    private async Task<List<string?[]>> DealRowsAsync(IReadOnlyList<Lead> stored, CancellationToken cancellationToken)
    {
        var leadsById = stored.ToDictionary(l => l.Id);
        var all = await StoredSales.LoadDealsAsync(deals, cancellationToken);
        return [.. all.OrderBy(d => d.OpenedAt).ThenBy(d => d.Id).Select(d => Row(leadsById.GetValueOrDefault(d.LeadId), d))];
    }

    private static string?[] Row(Lead? lead, Deal? deal)
    {
        var values = new Dictionary<string, string?>
        {
            [Columns.LeadId] = (lead?.Id ?? deal?.LeadId)?.ToString(),
            [Columns.Company] = SpreadsheetText.Protect(deal is null ? lead?.Company : deal.Company),
            [Columns.ContactName] = SpreadsheetText.Protect(lead?.Name),
            [Columns.Email] = SpreadsheetText.Protect(lead?.WorkEmail?.Value),
            [Columns.ConsentGivenAt] = Time(lead?.ConsentGivenAt),
            [Columns.Owner] = deal is null ? lead?.OwnerRepId : deal.OwnerRepId,
            [Columns.LeadStatus] = lead?.Status.ToString(),
            [Columns.CreatedAt] = Time(deal?.OpenedAt ?? lead?.CreatedAt),
        };
        if (deal is not null)
        {
            values[Columns.DealId] = deal.Id.ToString();
            values[Columns.Pipeline] = deal.Pipeline;
            values[Columns.Stage] = deal.Stage;
            values[Columns.Value] = deal.Value?.Amount.ToString(CultureInfo.InvariantCulture);
            values[Columns.Currency] = deal.Value?.Currency;
            values[Columns.ExpectedClose] = deal.ExpectedClose?.ToString(DayFormat, CultureInfo.InvariantCulture);
            values[Columns.NextStep] = SpreadsheetText.Protect(deal.NextStep?.Action);
            values[Columns.NextStepDue] = deal.NextStep?.Due.ToString(DayFormat, CultureInfo.InvariantCulture);
            values[Columns.CloseReason] = SpreadsheetText.Protect(deal.CloseReason);
            values[Columns.StageEnteredAt] = Time(deal.EnteredStageAt);
        }
        return [.. Columns.All.Select(values.GetValueOrDefault)];
    }

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
