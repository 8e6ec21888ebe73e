using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Whole qualification conversations in each of the five languages, through the real endpoint and LiteDB file,
/// ending in the state sales would look at: SQL with a deal, an owner and a notified rep; MQL for nurture; cold.
/// </summary>
public sealed class QualificationConversationTests : IAsyncLifetime
{
    private const string AnnaTeamsId = "29:anna-novak";

    private BotTestHost _host = null!;

    public static TheoryData<string> Locales => [.. Prospects.Locales];

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task StrongProspect_BecomesSql_WithDealOwnerAndNotifiedRep(string locale)
    {
        var anna = _host.NewRep(AnnaTeamsId);
        await anna.SayAsync("hi");
        var visitor = _host.NewVisitor(locale: locale);
        var driver = new QualificationDriver(visitor, Content);

        var closing = await driver.RunAsync(Prospects.Strong(locale));

        Assert.Equal(Text("qualify.outcome.sql", locale), closing);
        Assert.Equal(Service<IDialogText>().Get("meeting.offer.ask", locale, new Dictionary<string, string> { ["rep"] = "Anna Novak" }), driver.BookingOffer?.Text);
        Assert.Equal(driver.Asked.Distinct(), driver.Asked);
        var lead = await _host.LeadOfAsync(visitor);
        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.Equal("anna", lead.OwnerRepId);
        var deal = await Service<IDealRepository>().GetAsync(lead.DealId!.Value);
        Assert.Equal("Contact", deal!.Stage);
        var card = Assert.Single(anna.Received, a => a.Attachments is { Count: > 0 });
        var json = QualificationDriver.CardJson([card]);
        Assert.Contains("lead.accept", json, StringComparison.Ordinal);
        Assert.Contains(lead.Id.ToString(), json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task MiddlingProspect_IsMql_MarkedForNurture_WithoutADeal(string locale)
    {
        var visitor = _host.NewVisitor(locale: locale);

        var closing = await new QualificationDriver(visitor, Content).RunAsync(Prospects.Middling(locale));

        Assert.Equal(Text("qualify.outcome.mql", locale), closing);
        var lead = await _host.LeadOfAsync(visitor);
        Assert.Equal(LeadStatus.Mql, lead.Status);
        Assert.True(lead.MarkedForNurture);
        Assert.Null(lead.DealId);
        Assert.Null(lead.OwnerRepId);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task TwoNegativeAnswers_PutTheLeadOnTheColdList_WithBothReasons(string locale)
    {
        var visitor = _host.NewVisitor(locale: locale);
        var driver = new QualificationDriver(visitor, Content);

        var closing = await driver.RunAsync(Prospects.Cold(locale));

        Assert.Equal(Text("qualify.outcome.cold", locale), closing);
        var lead = await _host.LeadOfAsync(visitor);
        Assert.Equal(LeadStatus.Cold, lead.Status);
        Assert.Equal(2, lead.Reasons.Count);
        Assert.Contains(lead.Reasons, r => r.Contains("Authority", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lead.Reasons, r => r.Contains("Need", StringComparison.OrdinalIgnoreCase));
        Assert.False(lead.HasConsent);
        Assert.Null(lead.Name);
        Assert.DoesNotContain("name", driver.Asked);
    }

    [Fact]
    public async Task RepAcceptsTheLeadFromItsCard_TheLeadIsSalesAccepted()
    {
        var anna = _host.NewRep(AnnaTeamsId);
        await anna.SayAsync("hi");
        var visitor = _host.NewVisitor();
        await new QualificationDriver(visitor, Content).RunAsync(Prospects.Strong("en-US"));
        var lead = await _host.LeadOfAsync(visitor);

        IReadOnlyList<string> replies = [.. (await anna.SendAsync(anna.Submit(new { action = "lead.accept", leadId = lead.Id.ToString() }))).Select(r => r.Text ?? string.Empty)];

        Assert.Contains(replies, r => r.Contains("accepted", StringComparison.OrdinalIgnoreCase));
        var accepted = await _host.LeadOfAsync(visitor);
        Assert.Equal(LeadStatus.SalesAccepted, accepted.Status);
        Assert.Equal("Rep:anna", accepted.History[^1].By.ToString());
    }

    [Fact]
    public async Task RepWhoNeverTalkedToTheBot_GetsTheLeadCardWithTheirNextMessage()
    {
        var visitor = _host.NewVisitor();
        await new QualificationDriver(visitor, Content).RunAsync(Prospects.Strong("en-US"));
        var anna = _host.NewRep(AnnaTeamsId);

        var replies = await anna.SendAsync(anna.Message("hello"));

        Assert.Contains(replies, r => r.Attachments is { Count: > 0 } && QualificationDriver.CardJson([r]).Contains("lead.accept", StringComparison.Ordinal));
        Assert.DoesNotContain(await anna.SendAsync(anna.Message("hello again")), r => r.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task VisitorPressingARepButton_ChangesNothing()
    {
        var visitor = _host.NewVisitor();
        await new QualificationDriver(visitor, Content).RunAsync(Prospects.Strong("en-US"));
        var lead = await _host.LeadOfAsync(visitor);
        var intruder = _host.NewVisitor();
        await intruder.JoinAsync();

        await intruder.SendAsync(intruder.Submit(new { action = "lead.accept", leadId = lead.Id.ToString() }));
        await intruder.SendAsync(intruder.Submit(new { action = "lead.reject", leadId = lead.Id.ToString(), reason = "spam" }));

        Assert.Equal(LeadStatus.Sql, (await _host.LeadOfAsync(visitor)).Status);
    }

    private QualificationContent Content => Service<QualificationContent>();

    private T Service<T>() where T : notnull => _host.Service<T>();

    private string Text(string key, string locale) => Service<IDialogText>().Get(key, locale);
}
