using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PipelineBot.Bench;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Storage;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;

// Seeds a fresh LiteDB file with [deals] deals (default 100,000) for 20 reps, then times the pipeline queries the way
// the bot runs them: through PipelineWatch and SalesReports over the real repositories, reads holding the engine lock.
//   dotnet run -c Release --project bench/PipelineBot.Bench [deals] [runs]
var dealCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
const int Reps = 20;
const int BatchSize = 5_000;
var now = new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
var folder = Path.Combine(Path.GetTempPath(), "pipelinebot-bench", Guid.NewGuid().ToString("N"));
var storage = Options.Create(new LiteDbStorageOptions { DatabasePath = Path.Combine(folder, "bench.db") });
var pipelineOptions = new PipelineOptions
{
    Pipelines = [new() { Name = "New business", Stages =
    [
        new() { Name = "Contact", WinProbability = 0.05m, StuckAfter = TimeSpan.FromDays(7) },
        new() { Name = "Qualification", WinProbability = 0.1m, StuckAfter = TimeSpan.FromDays(7) },
        new() { Name = "Meeting", WinProbability = 0.2m, StuckAfter = TimeSpan.FromDays(14) },
        new() { Name = "Proposal", WinProbability = 0.5m, StuckAfter = TimeSpan.FromDays(14) },
        new() { Name = "Negotiation", WinProbability = 0.75m, StuckAfter = TimeSpan.FromDays(21) },
        new() { Name = "Closed Won", WinProbability = 1m, Outcome = DealOutcome.Won },
        new() { Name = "Closed Lost", Outcome = DealOutcome.Lost },
        new() { Name = "Retention", WinProbability = 1m, Outcome = DealOutcome.Won },
    ] }],
    TimeZone = "UTC",
};
var pipelines = new PipelineCatalog(pipelineOptions);
var clock = new FixedClock(now);

try
{
    var seeding = Stopwatch.StartNew();
    var rep = await SeedAsync();
    Console.WriteLine($"Seeded {dealCount:N0} deals and their leads in {seeding.Elapsed.TotalSeconds:N1} s ({new FileInfo(storage.Value.DatabasePath).Length / 1_048_576.0:N0} MB).");

    // Measured on the file reopened, as the bot finds it after a restart.
    using var context = new LiteDbContext(storage);
    await using var writer = new LiteDbWriter(context, storage, clock, NullLogger<LiteDbWriter>.Instance);
    var deals = new LiteDbDealRepository(context, writer);
    var leads = new LiteDbLeadRepository(context, writer, storage);
    var watch = new PipelineWatch(deals, leads, pipelines, pipelineOptions, clock);
    var reports = new SalesReports(deals, leads, pipelines, pipelineOptions, clock);
    Console.WriteLine($"Open deals: {(await deals.FindOpenAsync(null)).Count:N0}; stuck: {(await watch.FindStuckAsync(null)).Count:N0}, of them {rep}'s: {(await watch.FindStuckAsync(rep)).Count:N0}.");
    Console.WriteLine();
    Console.WriteLine($"{"query",-44} {"results",8} {"median ms",10} {"p95 ms",8} {"max ms",8}");
    var stuckAll = await Measure("stuck deals, everyone", runs, async () => (await watch.FindStuckAsync(null)).Count);
    var stuckRep = await Measure($"stuck deals, one rep ({rep})", runs, async () => (await watch.FindStuckAsync(rep)).Count);
    await Measure($"who to call today ({rep})", runs, async () => (await watch.WhoToCallAsync(rep)).Count);
    await Measure($"pipeline summary ({rep})", runs, async () => (await reports.SummarizeAsync(rep)).Deals);
    await Measure("forecast this quarter, everyone", runs, async () => (await reports.ForecastAsync(ReportPeriodKind.Quarter, null)).Deals);
    // Reports over every open deal and a quarter's leads take seconds, so a few runs say enough.
    await Measure("metrics this quarter vs last, everyone", 3, async () => (await reports.MeasureAsync(ReportPeriodKind.Quarter, null)).Previous.Won);
    Console.WriteLine();
    var worst = Math.Max(stuckAll, stuckRep);
    Console.WriteLine($"Target: \"which deals are stuck?\" under 100 ms over {dealCount:N0} deals (p95): {(worst < 100 ? "met" : "MISSED")}.");
    return worst < 100 ? 0 : 1;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

// Seeds in atomic batches, as an import would; returns the rep whose figures are shown.
async Task<string> SeedAsync()
{
    using var context = new LiteDbContext(storage);
    await using var writer = new LiteDbWriter(context, storage, clock, NullLogger<LiteDbWriter>.Instance);
    var leads = new LiteDbLeadRepository(context, writer, storage);
    _ = new LiteDbDealRepository(context, writer);
    var seeder = new DealSeeder(pipelines.Default, Reps, now);
    for (var start = 0; start < dealCount; start += BatchSize)
    {
        var batch = Enumerable.Range(start, Math.Min(BatchSize, dealCount - start)).Select(seeder.Next).ToList();
        await leads.SaveBatchAsync([.. batch.Select(b => b.Lead)], [.. batch.Select(b => b.Deal)]);
    }
    return seeder.RepId(0);
}

// Warms up, then runs the query the given number of times; prints the figures and returns the p95 in milliseconds.
static async Task<double> Measure(string name, int runs, Func<Task<int>> query)
{
    for (var i = 0; i < 3; i++)
    {
        await query();
    }
    var times = new List<double>();
    var results = 0;
    for (var i = 0; i < runs; i++)
    {
        var timer = Stopwatch.StartNew();
        results = await query();
        times.Add(timer.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
    Console.WriteLine($"{name,-44} {results,8:N0} {times[times.Count / 2],10:N1} {p95,8:N1} {times[^1],8:N1}");
    return p95;
}
