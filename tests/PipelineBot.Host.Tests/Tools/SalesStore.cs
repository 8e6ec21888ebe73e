using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Host.Tools.Demo;
using PipelineBot.Host.Tools.Transfer;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Routing;
using PipelineBot.Storage;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;

namespace PipelineBot.Host.Tests.Tools;

/// <summary>
/// A real LiteDB file in a temp folder with the lead and deal stores over it, the shipped pipelines and reps from
/// appsettings.json, a stopped clock, and the tools' services composed the way the host composes them.
/// </summary>
internal sealed class SalesStore : IDisposable
{
    /// <summary>The stopped clock's time: a Friday afternoon in Prague.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder;
    private readonly LiteDbContext _context;
    private readonly LiteDbWriter _writer;

    public SalesStore(TempFolder? folder = null)
    {
        _folder = folder ?? new TempFolder();
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        PipelineOptions = settings.GetSection(PipelineOptions.SectionName).Get<PipelineOptions>()!;
        Routing = settings.GetSection(RoutingOptions.SectionName).Get<RoutingOptions>()!;
        Pipelines = new PipelineCatalog(PipelineOptions);
        var storage = Options.Create(new LiteDbStorageOptions { DatabasePath = _folder.File("sales.db") });
        _context = new LiteDbContext(storage);
        _writer = new LiteDbWriter(_context, storage, Clock, NullLogger<LiteDbWriter>.Instance);
        Leads = new LiteDbLeadRepository(_context, _writer, storage);
        Deals = new LiteDbDealRepository(_context, _writer);
        var factory = new SalesRowFactory(Pipelines);
        Import = new SalesCsvImport(Leads, factory, Pipelines, Options.Create(Routing), PipelineOptions, Clock);
        Export = new SalesCsvExport(Leads, Deals);
        Seeder = new DemoPipelineSeeder(factory, Pipelines, PipelineOptions, Clock);
        Watch = new PipelineWatch(Deals, Leads, Pipelines, PipelineOptions, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public PipelineOptions PipelineOptions { get; }

    public RoutingOptions Routing { get; }

    public PipelineCatalog Pipelines { get; }

    public LiteDbLeadRepository Leads { get; }

    public LiteDbDealRepository Deals { get; }

    public SalesCsvImport Import { get; }

    public SalesCsvExport Export { get; }

    public DemoPipelineSeeder Seeder { get; }

    public PipelineWatch Watch { get; }

    /// <summary>A path in the store's temp folder.</summary>
    public string File(string name) => _folder.File(name);

    /// <summary>Writes the text as a UTF-8 file in the temp folder and returns its path.</summary>
    public string WriteFile(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Reads and, when every row is good, saves the file; returns what reading found.</summary>
    public async Task<ImportBatch> ImportAsync(string path)
    {
        var batch = await Import.ReadAsync(path, progress: null);
        if (batch.CanBeSaved)
        {
            await Import.SaveAsync(batch);
        }
        return batch;
    }

    public async Task<int> CountLeadsAsync() =>
        (await Leads.FindCreatedBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Count;

    public async Task<int> CountDealsAsync() =>
        (await Deals.FindOpenOrClosedSinceAsync(DateTimeOffset.MinValue, ownerRepId: null)).Count;

    public void Dispose()
    {
        _writer.Dispose();
        _context.Dispose();
        _folder.Dispose();
    }
}
