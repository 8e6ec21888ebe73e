using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Reps;
using PipelineBot.Host.Tools.Demo;
using PipelineBot.Host.Tools.Transfer;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Routing;
using PipelineBot.Storage;

namespace PipelineBot.Host.Tools;

/// <summary><c>seed-demo</c>: the demo pipeline, saved in one write, then what it holds and what to try next.</summary>
public static partial class CommandLineTools
{
    private static async Task<ToolExitCode> SeedDemoAsync(SeedDemoRequest request, IServiceProvider services, ToolConsole console)
    {
        var leads = services.GetRequiredService<ILeadRepository>();
        var database = Path.GetFullPath(services.GetRequiredService<IOptions<LiteDbStorageOptions>>().Value.DatabasePath);
        var storedDeals = (await StoredSales.LoadLeadsAsync(leads, CancellationToken.None)).Count(l => l.DealId is not null);
        if (storedDeals > 0 && !request.Force)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{database} already has {storedDeals:N0} deals, and the demo is meant for an empty database. Add --force to seed it anyway, or set Storage__DatabasePath to a new file."));
            return ToolExitCode.InputRefused;
        }
        var reps = services.GetRequiredService<IOptions<RoutingOptions>>().Value.Reps.Where(r => r.Active).Select(r => r.Id).ToList();
        if (reps.Count == 0)
        {
            await console.Error.WriteLineAsync("Routing:Reps has no active rep to own the demo deals; configure one first.");
            return ToolExitCode.InputRefused;
        }
        var timer = Stopwatch.StartNew();
        var demo = services.GetRequiredService<DemoPipelineSeeder>().Seed(request.Deals, reps);
        try
        {
            await leads.SaveBatchAsync(demo.Leads, demo.Deals);
        }
        catch (ConcurrencyConflictException)
        {
            // The demo is the same every time, ids included, so a second seeding meets the first.
            await console.Error.WriteLineAsync($"{database} already holds these demo deals; nothing was added.");
            return ToolExitCode.InputRefused;
        }
        var elapsed = timer.Elapsed;
        var stuck = await services.GetRequiredService<PipelineWatch>().FindStuckAsync(ownerRepId: null);
        await console.Out.WriteAsync(Summary(demo, stuck, services, database, elapsed));
        return ToolExitCode.Success;
    }

    private static string Summary(DemoPipeline demo, IReadOnlyList<StuckDeal> stuck, IServiceProvider services, string database, TimeSpan elapsed)
    {
        var pipeline = services.GetRequiredService<PipelineCatalog>().Default;
        var open = demo.Deals.Where(d => d.Outcome == DealOutcome.Open).ToList();
        var byStage = pipeline.OpenStages.Select(s => $"{s.Name} {open.Count(d => d.Stage == s.Name)}");
        var stuckByOwner = stuck.GroupBy(s => s.Deal.OwnerRepId ?? "nobody").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Seeded {demo.Deals.Count:N0} deals and {demo.Leads.Count - demo.Deals.Count:N0} leads without a deal into {database} in {elapsed.TotalSeconds:N1} s.");
        text.AppendLine(culture, $"  Open {open.Count:N0}: {string.Join(", ", byStage)}.");
        text.AppendLine(culture, $"  Won {demo.Deals.Count(d => d.Outcome == DealOutcome.Won):N0} and lost {demo.Deals.Count(d => d.Outcome == DealOutcome.Lost):N0} over the last six months.");
        text.AppendLine(culture, $"  Stuck now: {stuck.Count:N0} ({string.Join(", ", stuckByOwner)}); {open.Count(d => d.NextStep is null):N0} open deals have no next step, {open.Count(d => d.ExpectedClosePushBacks > 0):N0} had their close date pushed back.");
        text.AppendLine();
        text.AppendLine(NextStep(services));
        return text.ToString();
    }

    /// <summary>What to try next, with a rep's Emulator account when one is configured.</summary>
    private static string NextStep(IServiceProvider services)
    {
        var url = $"{(services.GetRequiredService<IConfiguration>()["Urls"] ?? "http://localhost:3978").Split(';')[0].TrimEnd('/')}/api/messages";
        var emulator = services.GetRequiredService<IOptions<RepDirectoryOptions>>().Value.Reps
            .SelectMany(rep => rep.Accounts.Where(a => string.Equals(a.ChannelId, "emulator", StringComparison.OrdinalIgnoreCase)).Select(a => (Rep: rep, a.UserId)))
            .FirstOrDefault();
        var who = emulator.Rep is null
            ? "the user ID of a rep's emulator account (add one under Routing:Reps, Accounts)"
            : $"the user ID {emulator.UserId} ({(emulator.Rep.DisplayName.Length > 0 ? emulator.Rep.DisplayName : emulator.Rep.Id)})";
        return $"Next: start the bot (dotnet run --project src/PipelineBot.Host), open the Bot Framework Emulator on {url} with {who}, and ask \"which deals are stuck?\".";
    }
}
