using System.Text;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Tools.Csv;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// Imports a leads-and-deals CSV (see <see cref="SalesCsvColumns"/>) all or nothing, in two steps.
/// <see cref="ReadAsync"/> streams the file one row at a time and checks every row (format, configuration,
/// duplicates in the file and the database), making the leads and deals while none has failed.
/// <see cref="SaveAsync"/> then saves a batch without problems with one <see cref="ILeadRepository.SaveBatchAsync"/>,
/// one transaction: a failure or a kill midway leaves the database as it was.
/// </summary>
public sealed class SalesCsvImport(
    ILeadRepository leads,
    SalesRowFactory factory,
    PipelineCatalog pipelines,
    IOptions<RoutingOptions> routing,
    PipelineOptions pipelineOptions,
    TimeProvider time)
{
    /// <summary>Who an import's changes are recorded as made by.</summary>
    public static Actor Importer { get; } = new(ActorKind.System, "import");

    /// <summary>Why, as the imported leads' histories record it.</summary>
    public const string Reason = "imported";

    /// <summary>Reads and checks the file, reporting how far it has got to <paramref name="progress"/>; saves nothing.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<ImportBatch> ReadAsync(string path, IProgress<ReadProgress>? progress, CancellationToken cancellationToken = default)
    {
        var duplicates = new DuplicateCheck(await StoredSales.LoadLeadsAsync(leads, cancellationToken));
        var problems = new List<ImportProblem>();
        var newLeads = new List<Lead>();
        var newDeals = new List<Deal>();
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16))
        using (var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            var csv = new CsvReader(text);
            try
            {
                if (ReadHeader(csv, problems) is not { } header)
                {
                    return new ImportBatch(problems, [], []);
                }
                var parser = new SalesCsvRowParser(header, pipelines, [.. routing.Value.Reps.Select(r => r.Id)], pipelineOptions.Currency,
                    TimeZoneInfo.FindSystemTimeZoneById(pipelineOptions.TimeZone), time.GetUtcNow());
                while (csv.ReadRecord() is { } fields)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new ReadProgress(stream.Position, stream.Length, csv.Row - 1));
                    if (fields is not [""] && parser.Parse(csv.Row, fields, problems) is { } row)
                    {
                        duplicates.Check(csv.Row, row, problems);
                        // Once the import is doomed, rows are only checked: making their leads and deals would be wasted.
                        if (problems.Count == 0)
                        {
                            Make(csv.Row, row, newLeads, newDeals, problems);
                        }
                    }
                }
            }
            catch (CsvFormatException e)
            {
                problems.Add(new ImportProblem(e.Row, string.Empty, $"{e.Message}; the file was not read past this row"));
            }
        }
        return problems.Count > 0 ? new ImportBatch(problems, [], []) : new ImportBatch([], newLeads, newDeals);
    }

    /// <summary>Saves every lead and deal of the batch in one transaction.</summary>
    /// <exception cref="ArgumentException">The batch has problems.</exception>
    /// <exception cref="Sales.ConcurrencyConflictException">A lead or deal was stored by someone else since the batch was read; nothing is saved.</exception>
    public Task SaveAsync(ImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.CanBeSaved
            ? leads.SaveBatchAsync([.. batch.Leads], [.. batch.Deals], cancellationToken)
            : throw new ArgumentException("A batch with problems is never saved, not even in part.", nameof(batch));
    }

    private static SalesCsvHeader? ReadHeader(CsvReader csv, List<ImportProblem> problems)
    {
        if (csv.ReadRecord() is not { } fields)
        {
            problems.Add(new ImportProblem(1, string.Empty, $"the file is empty; its first row must be the header: {string.Join(",", SalesCsvColumns.All)}"));
            return null;
        }
        var header = SalesCsvHeader.Read(fields, problems);
        // Rows read against a wrong header would only repeat its problem on every line.
        return problems.Count == 0 ? header : null;
    }

    private void Make(int rowNumber, LeadRow row, List<Lead> newLeads, List<Deal> newDeals, List<ImportProblem> problems)
    {
        try
        {
            var (lead, deal) = factory.Create(row, Importer, Reason);
            newLeads.Add(lead);
            if (deal is not null)
            {
                newDeals.Add(deal);
            }
        }
        catch (Exception e) when (e is SalesDomainException or ArgumentException)
        {
            // The parser checks what it knows of the domain's rules; this catches any it does not.
            problems.Add(new ImportProblem(rowNumber, string.Empty, e.Message));
        }
    }
}
