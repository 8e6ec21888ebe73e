using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>A visitor's conversation beyond the happy path: leaving and coming back, odd answers, changes of mind, erasure.</summary>
public sealed class VisitorJourneyTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task LeavingAfterQuestionTwo_AndReturningADayLater_ResumesAtQuestionThree()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");
        await visitor.SayAsync("Ada Lovelace");

        visitor.RestartConversation();
        _clock.Advance(TimeSpan.FromDays(1));
        var replies = await visitor.JoinAsync();

        Assert.Equal([Text("qualify.welcome.back", "en", ("name", "Ada Lovelace")), Ask("work-email")], replies);
    }

    [Theory]
    [InlineData("role", "asdf")]
    [InlineData("name", "🙂🙂🙂")]
    [InlineData("company", "<b>Acme</b>")]
    [InlineData("budget", "-5000")]
    [InlineData("work-email", "ada@")]
    public async Task GarbageAnswer_GetsTheRetryText_ThenAfterThreeTriesTheQuestionIsSkipped_WithNothingStored(string questionId, string garbage)
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, questionId);

        var first = await visitor.SayAsync(garbage);
        var second = await visitor.SayAsync(garbage);
        var third = await visitor.SayAsync(garbage);

        Assert.Equal([Retry(questionId)], first);
        Assert.Equal([Retry(questionId)], second);
        Assert.Equal(Text("qualify.skipped", "en"), third[0]);
        Assert.NotEqual(Ask(questionId), third[^1]);
        Assert.False((await _host.LeadOfAsync(visitor)).HasAnswered(questionId));
    }

    [Fact]
    public async Task TenThousandCharacterAnswer_IsRetried_NotStored()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "company");

        var replies = await visitor.SayAsync(new string('x', 10_000));

        Assert.Equal([Retry("company")], replies);
        Assert.Null((await _host.LeadOfAsync(visitor)).Company);
    }

    [Fact]
    public async Task CompanyCalledHelpTheChildren_IsAnAnswer_NotARequestForHelp()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "company");

        var replies = await visitor.SayAsync("Help the Children");

        Assert.Equal([Ask("role")], replies);
        Assert.Equal("Help the Children", (await _host.LeadOfAsync(visitor)).Company);
    }

    [Fact]
    public async Task Help_ExplainsThenOffersToContinueWhereTheVisitorLeftOff()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "company");

        var replies = await visitor.SayAsync("help");

        Assert.Equal([Text("common.help", "en"), Text("common.resume", "en"), Ask("company")], replies);
    }

    [Fact]
    public async Task GoBack_AsksThePreviousQuestionAgain_AndTheNewAnswerReplacesTheOld()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "role");

        var back = await visitor.SayAsync("go back");
        await visitor.SayAsync("Acme Robotics");

        Assert.Equal([Ask("company")], back);
        Assert.Equal("Acme Robotics", (await _host.LeadOfAsync(visitor)).Company);
    }

    [Fact]
    public async Task OneSentenceAnsweringTwoQuestions_FillsBoth_AndTheSecondIsNotAsked()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "role");

        var replies = await visitor.SayAsync("I'm the CTO and we have about 50k");

        var lead = await _host.LeadOfAsync(visitor);
        Assert.Equal("executive", lead.Role);
        Assert.Equal("50000", lead.Answers["budget"].Value);
        Assert.Equal(Ask("authority"), replies[^1]);
    }

    [Fact]
    public async Task EmailFromThePage_IsKeptOnlyAfterConsent_AndItsQuestionIsSkipped()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SendAsync(visitor.Event("visitorDetails", new { email = "ada@acme-analytics.com" }));
        Assert.Null(await Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Emulator, visitor.UserId)));

        await visitor.SayAsync("yes");
        var afterName = await visitor.SayAsync("Ada Lovelace");

        Assert.Equal([Ask("company")], afterName);
        Assert.Equal("ada@acme-analytics.com", (await _host.LeadOfAsync(visitor)).WorkEmail?.Value);
    }

    [Fact]
    public async Task InvalidEmailFromThePage_IsAskedLikeAnyOther()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SendAsync(visitor.Event("visitorDetails", new { email = "not-an-email" }));
        await visitor.SayAsync("yes");

        var afterName = await visitor.SayAsync("Ada Lovelace");

        Assert.Equal([Ask("work-email")], afterName);
    }

    [Fact]
    public async Task DeleteMyData_Confirmed_RemovesPersonalFieldsFromTheFile_AndKeepsTheAnonymousLead()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "budget");
        var leadId = (await _host.LeadOfAsync(visitor)).Id;

        var asked = await visitor.SayAsync("delete my data");
        var done = await visitor.SayAsync("yes");

        Assert.Equal([Text("common.erase.confirm", "en")], asked.Take(1));
        Assert.Equal([Text("common.erase.done", "en")], done);
        Assert.Null(await Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Emulator, visitor.UserId)));
        var erased = await Service<ILeadRepository>().GetAsync(leadId);
        Assert.NotNull(erased);
        Assert.True(erased.IsErased);
        Assert.Equal(LeadStatus.Engaged, erased.Status);
        Assert.True(erased.HasAnswered("role"));
        await _host.StopAsync();
        var file = await File.ReadAllBytesAsync(_host.DatabasePath);
        foreach (var personal in new[] { "Ada Lovelace", "ada@acme-analytics.com", "Acme Analytics" })
        {
            Assert.False(Contains(file, personal), $"'{personal}' is still in the database file.");
        }
    }

    [Fact]
    public async Task DeleteMyData_Declined_KeepsEverything_AndAsksTheQuestionAgain()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "budget");

        await visitor.SayAsync("delete my data");
        var replies = await visitor.SayAsync("no");

        Assert.Equal([Text("common.erase.kept", "en"), Ask("budget")], replies);
        Assert.Equal("Ada Lovelace", (await _host.LeadOfAsync(visitor)).Name);
    }

    [Fact]
    public async Task SummaryEdit_AsksThatQuestionAgain_ThenShowsTheSummaryAgain()
    {
        var visitor = _host.NewVisitor();
        var driver = new QualificationDriver(visitor, Service<QualificationContent>());
        await AnswerUntilAskedAsync(visitor, "region");
        var summary = await visitor.SendAsync(visitor.Message("Europe"));
        Assert.Contains("summary.confirm", QualificationDriver.CardJson(summary), StringComparison.Ordinal);

        var edit = await visitor.SendAsync(visitor.Submit(new { action = "summary.edit", questionId = "budget" }));
        var again = await visitor.SendAsync(visitor.Message("$80,000"));

        Assert.Equal("budget", driver.QuestionAsked(edit[^1].Text, "en-US"));
        Assert.Contains(again, a => a.Attachments is { Count: > 0 });
        Assert.Equal("80000", (await _host.LeadOfAsync(visitor)).Answers["budget"].Value);
    }

    [Fact]
    public async Task AskingForADemo_MakesAMiddlingProspectSalesQualified()
    {
        var visitor = _host.NewVisitor();
        await AnswerUntilAskedAsync(visitor, "budget");
        await visitor.SayAsync("I'd like a demo");
        var answers = Prospects.Middling("en-US");

        var closing = await new QualificationDriver(visitor, Service<QualificationContent>()).ContinueAsync(answers, await visitor.SendAsync(visitor.Message("$10,000")));

        Assert.Equal(Text("qualify.outcome.sql", "en"), closing);
    }

    /// <summary>Joins and gives the strong English prospect's answers until the bot asks <paramref name="questionId"/>.</summary>
    private Task AnswerUntilAskedAsync(EmulatorClient visitor, string questionId) =>
        new QualificationDriver(visitor, Service<QualificationContent>()).AnswerUntilAskedAsync(Prospects.Strong("en-US"), questionId);

    private T Service<T>() where T : notnull => _host.Service<T>();

    private string Ask(string questionId) => Service<QualificationContent>().Ask(questionId, "en");

    private string Retry(string questionId) => Service<QualificationContent>().Retry(questionId, "en");

    private string Text(string key, string locale, params (string Name, string Value)[] values) =>
        Service<IDialogText>().Get(key, locale, values.ToDictionary(v => v.Name, v => v.Value));


    private static bool Contains(byte[] file, string text) =>
        file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
