using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>A visitor whose lead was already decided comes back in a new conversation with a request.</summary>
public sealed class ReturningVisitorTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NurturedMql_ComingBackForADemo_BecomesSqlWithADealAndAnOwner()
    {
        var visitor = _host.NewVisitor();
        await new QualificationDriver(visitor, Service<QualificationContent>()).RunAsync(Prospects.Middling("en-US"));
        Assert.Equal(LeadStatus.Mql, (await _host.LeadOfAsync(visitor)).Status);

        visitor.RestartConversation();
        var replies = await visitor.SayAsync("I'd like a demo");

        // Round-robin found this lead its owner, so the call on offer may be with any rep of its pool.
        Assert.Equal([Text("qualify.demo.noted"), Text("qualify.outcome.sql"), Text("meeting.offer.askTeam")], replies);
        var lead = await _host.LeadOfAsync(visitor);
        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.NotNull(lead.DealId);
        Assert.NotNull(lead.OwnerRepId);
        Assert.False(lead.MarkedForNurture);
    }

    [Fact]
    public async Task QualifiedVisitor_ComingBackToDeleteTheirData_IsAskedToConfirm_ThenErased()
    {
        var visitor = _host.NewVisitor();
        await new QualificationDriver(visitor, Service<QualificationContent>()).RunAsync(Prospects.Strong("en-US"));
        var leadId = (await _host.LeadOfAsync(visitor)).Id;

        visitor.RestartConversation();
        var asked = await visitor.SayAsync("delete my data");
        var done = await visitor.SayAsync("yes");

        Assert.Equal(Text("common.erase.confirm"), asked[0]);
        Assert.Equal([Text("common.erase.done")], done);
        var erased = await Service<ILeadRepository>().GetAsync(leadId);
        Assert.True(erased!.IsErased);
        Assert.Null(erased.Name);
        Assert.Equal(LeadStatus.Sql, erased.Status);
    }

    [Fact]
    public async Task QualifiedVisitor_ComingBackToTalkToAPerson_ReachesTheirOwner()
    {
        var anna = _host.NewRep("29:anna-novak");
        await anna.SayAsync("hi");
        var visitor = _host.NewVisitor();
        await new QualificationDriver(visitor, Service<QualificationContent>()).RunAsync(Prospects.Strong("en-US"));
        var cardsBefore = anna.Received.Count(a => a.Attachments is { Count: > 0 });

        visitor.RestartConversation();
        var replies = await visitor.SayAsync("talk to a person");

        Assert.StartsWith("I've let our team know.", replies[0], StringComparison.Ordinal);
        Assert.Equal(cardsBefore + 1, anna.Received.Count(a => a.Attachments is { Count: > 0 }));
    }

    private T Service<T>() where T : notnull => _host.Service<T>();

    private string Text(string key) => Service<IDialogText>().Get(key, "en");
}
