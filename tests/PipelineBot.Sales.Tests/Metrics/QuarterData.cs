using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Tests.Deals;
using PipelineBot.Sales.Tests.Leads;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Metrics;

/// <summary>
/// The fixed data set the metrics are checked against by hand, in UTC, seen on 15 June 2025 (Q2; Q1 before it).
/// Every deal is built fresh, so tests share no state. New business unless said; values in EUR unless said.
/// <code>
/// D1 alice  opened Apr 1, Qualification Apr 3, Meeting Apr 6, Proposal Apr 11, Negotiation Apr 21, won May 1   10,000
/// D2 bob    opened Apr 10, Qualification Apr 12, Meeting Apr 15, won May 10 (skipping two stages)           20,000
/// D3 alice  opened Mar 1, Qualification Mar 5, Proposal Mar 20, lost Apr 10                                   5,000
/// D4 bob    opened May 1, lost May 11 from Contact                                                           no value
/// D5 alice  opened Apr 20, Qualification Apr 25, Meeting May 5, open, expected to close Jun 30                8,000
/// D6 bob    opened May 20, open in Contact, expected to close Jun 10                                      4,000 USD
/// D7 alice  opened Jan 10, won Feb 9                                                                         12,000
/// D8 bob    opened Feb 1, lost Mar 3
/// D9 alice  Renewals: opened Apr 5, won Apr 25                                                               50,000
/// </code>
/// Each deal's lead was created when the deal opened; besides them, Q2 has an MQL lead (May 5) and a cold one (Jun 1).
/// </summary>
internal sealed class QuarterData
{
    public static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public QuarterData()
    {
        D1 = Open(4, 1, "alice").Worth(10_000m).At(Day(4, 3)).MoveTo("Qualification").At(Day(4, 6)).MoveTo("Meeting")
            .At(Day(4, 11)).MoveTo("Proposal").At(Day(4, 21)).MoveTo("Negotiation").At(Day(5, 1)).Win();
        D2 = Open(4, 10, "bob").Worth(20_000m).At(Day(4, 12)).MoveTo("Qualification").At(Day(4, 15)).MoveTo("Meeting").At(Day(5, 10)).Win();
        D3 = Open(3, 1, "alice").Worth(5_000m).At(Day(3, 5)).MoveTo("Qualification").At(Day(3, 20)).MoveTo("Proposal").At(Day(4, 10)).Lose();
        D4 = Open(5, 1, "bob").At(Day(5, 11)).Lose();
        D5 = Open(4, 20, "alice").Worth(8_000m).ExpectedClose(new DateOnly(2025, 6, 30))
            .At(Day(4, 25)).MoveTo("Qualification").At(Day(5, 5)).MoveTo("Meeting");
        D6 = Open(5, 20, "bob").Worth(4_000m, "USD").ExpectedClose(new DateOnly(2025, 6, 10));
        D7 = Open(1, 10, "alice").Worth(12_000m).At(Day(2, 9)).Win();
        D8 = Open(2, 1, "bob").At(Day(3, 3)).Lose();
        D9 = new DealBuilder(Day(4, 5), "alice", TestPipelines.Renewals).Worth(50_000m).At(Day(4, 25)).Win();
        Deals = [.. new[] { D1, D2, D3, D4, D5, D6, D7, D8, D9 }.Select(b => b.Deal)];
        Leads =
        [
            .. new[] { D1, D2, D3, D4, D5, D6, D7, D8, D9 }.Select(b => b.Lead),
            new LeadBuilder().WithClock(new FakeTimeProvider(Day(5, 5))).AsMql().Build(),
            new LeadBuilder().WithClock(new FakeTimeProvider(Day(6, 1))).AsCold().Build(),
        ];
    }

    public static ReportPeriod Q2 => ReportPeriod.Containing(ReportPeriodKind.Quarter, new DateOnly(2025, 6, 15), TimeZoneInfo.Utc);

    public DealBuilder D1 { get; }

    public DealBuilder D2 { get; }

    public DealBuilder D3 { get; }

    public DealBuilder D4 { get; }

    public DealBuilder D5 { get; }

    public DealBuilder D6 { get; }

    public DealBuilder D7 { get; }

    public DealBuilder D8 { get; }

    public DealBuilder D9 { get; }

    public IReadOnlyList<Deal> Deals { get; }

    public IReadOnlyList<Lead> Leads { get; }

    public static DateTimeOffset Day(int month, int day) => new(2025, month, day, 0, 0, 0, TimeSpan.Zero);

    private static DealBuilder Open(int month, int day, string owner) => new(Day(month, day), owner);
}
