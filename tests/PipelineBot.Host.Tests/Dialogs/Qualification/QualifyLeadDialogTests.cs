using PipelineBot.Sales.Leads;
using PipelineBot.Testing;

namespace PipelineBot.Host.Tests.Dialogs.Qualification;

public sealed class QualifyLeadDialogTests : IDisposable
{
    private readonly QualificationHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task StrongProspect_AnswersEverything_BecomesSqlWithDealAndOwner()
    {
        var client = _harness.Converse();

        var last = await AnswerAllAsync(client, "en", StrongAnswers("en"));

        Assert.Equal(_harness.Text.Get("qualify.outcome.sql", "en"), last[^1]);
        var lead = await _harness.LeadAsync();
        Assert.NotNull(lead);
        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.Equal("ada@acme.example", lead.WorkEmail?.Value);
        Assert.Equal("executive", lead.Role);
        Assert.True(lead.HasConsent);
        Assert.Equal("50000", lead.Answers["budget"].Value);
        Assert.Equal(QualificationHarness.RepId, lead.OwnerRepId);
        Assert.NotNull(lead.DealId);
        var deal = await _harness.Deals.GetAsync(lead.DealId.Value);
        Assert.NotNull(deal);
        Assert.Equal("Contact", deal.Stage);
        Assert.Equal(lead.Id, deal.LeadId);
    }

    [Fact]
    public async Task TwoNegativeBantAnswers_EndCold_WithBothReasons()
    {
        var client = _harness.Converse();
        var answers = StrongAnswers("en");
        answers["budget"] = "no budget";
        answers["authority"] = "someone else";

        var last = await AnswerAllAsync(client, "en", answers);

        Assert.Equal(_harness.Text.Get("qualify.outcome.cold", "en"), last[^1]);
        var lead = await _harness.LeadAsync();
        Assert.NotNull(lead);
        Assert.Equal(LeadStatus.Cold, lead.Status);
        Assert.Equal("0", lead.Answers["budget"].Value);
        Assert.Equal(2, lead.Reasons.Count);
        Assert.Contains(lead.Reasons, r => r.Contains("budget", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lead.Reasons, r => r.Contains("authority", StringComparison.OrdinalIgnoreCase));
        Assert.Null(lead.DealId);
    }

    [Fact]
    public async Task ReturningVisitor_ResumesAtTheFirstUnansweredQuestion()
    {
        var questions = _harness.Definition.Script.Questions;
        var first = _harness.Converse();
        Assert.Equal([_harness.Content.Ask(questions[0].Id, "en")], await QualificationHarness.SayAsync(first, "hi"));
        Assert.Equal([_harness.Content.Ask(questions[1].Id, "en")], await QualificationHarness.SayAsync(first, "yes"));
        Assert.Equal([_harness.Content.Ask(questions[2].Id, "en")], await QualificationHarness.SayAsync(first, "Ada Lovelace"));

        var again = _harness.Converse();
        var replies = await QualificationHarness.SayAsync(again, "hello again");

        Assert.Equal([_harness.Content.Ask(questions[2].Id, "en")], replies);
        var lead = await _harness.LeadAsync();
        Assert.NotNull(lead);
        Assert.Equal(2, lead.Answers.Count);
        Assert.Equal("Ada Lovelace", lead.Name);
    }

    [Fact]
    public async Task GarbageAnswers_GetTheRetryText_ThenAValidAnswerIsAccepted()
    {
        var client = _harness.Converse();
        await QualificationHarness.SayAsync(client, "hi");
        await QualificationHarness.SayAsync(client, "yes");
        await QualificationHarness.SayAsync(client, "Ada Lovelace");

        Assert.Equal([_harness.Content.Retry("work-email", "en")], await QualificationHarness.SayAsync(client, "ada@"));
        Assert.Null((await _harness.LeadAsync())!.WorkEmail);
        Assert.Equal([_harness.Content.Ask("company", "en")], await QualificationHarness.SayAsync(client, "ada@acme.example"));
        await QualificationHarness.SayAsync(client, "Acme");
        Assert.Equal([_harness.Content.Ask("budget", "en")], await QualificationHarness.SayAsync(client, "CTO"));

        Assert.Equal([_harness.Content.Retry("budget", "en")], await QualificationHarness.SayAsync(client, "asdf"));
        Assert.False((await _harness.LeadAsync())!.HasAnswered("budget"));
        Assert.Equal([_harness.Content.Ask("authority", "en")], await QualificationHarness.SayAsync(client, "20000"));
        Assert.Equal("20000", (await _harness.LeadAsync())!.Answers["budget"].Value);
    }

    [Fact]
    public async Task OutOfAttempts_SkipsTheQuestionForThisConversation_WithoutStoringAnything()
    {
        var client = _harness.Converse();
        var answers = StrongAnswers("en");
        await QualificationHarness.SayAsync(client, "hi");
        foreach (var id in new[] { "consent", "name", "work-email", "company", "role" })
        {
            await QualificationHarness.SayAsync(client, answers[id]);
        }

        Assert.Equal([_harness.Content.Retry("budget", "en")], await QualificationHarness.SayAsync(client, "asdf"));
        Assert.Equal([_harness.Content.Retry("budget", "en")], await QualificationHarness.SayAsync(client, "-5"));
        var replies = await QualificationHarness.SayAsync(client, "🙂");

        Assert.Equal([_harness.Text.Get("qualify.skipped", "en"), _harness.Content.Ask("authority", "en")], replies);
        Assert.False((await _harness.LeadAsync())!.HasAnswered("budget"));
    }

    [Fact]
    public async Task WhyDoYouAsk_ExplainsAndAsksAgain()
    {
        var client = _harness.Converse();
        await QualificationHarness.SayAsync(client, "hi");

        var replies = await QualificationHarness.SayAsync(client, "Why do you ask?");

        Assert.Equal([_harness.Content.Why("consent", "en"), _harness.Content.Ask("consent", "en")], replies);
    }

    [Fact]
    public async Task RussianVisitor_ReachesTheEnd_InRussian()
    {
        var client = _harness.Converse("ru-RU");

        var last = await AnswerAllAsync(client, "ru", StrongAnswers("ru"));

        Assert.Equal(_harness.Text.Get("qualify.outcome.sql", "ru"), last[^1]);
        var lead = await _harness.LeadAsync();
        Assert.NotNull(lead);
        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.Equal("Анна Петрова", lead.Name);
        Assert.Equal("executive", lead.Role);
        Assert.True(lead.HasConsent);
        Assert.NotNull(lead.DealId);
    }

    [Fact]
    public async Task DecliningConsent_SkipsPersonalQuestions_StoresNothingPersonal_StillAsksBant()
    {
        var personal = _harness.Definition.Script.Questions.Where(q => Lead.IsPersonalField(q.Field)).Select(q => q.Id).ToList();
        Assert.NotEmpty(personal);
        var answers = StrongAnswers("en");
        answers["consent"] = "no";
        var client = _harness.Converse();

        var replies = await QualificationHarness.SayAsync(client, "hi");
        var asked = new List<string>();
        foreach (var question in _harness.Definition.Script.Questions.Where(q => !personal.Contains(q.Id)))
        {
            Assert.Equal(_harness.Content.Ask(question.Id, "en"), replies[^1]);
            asked.Add(question.Id);
            var answer = answers.TryGetValue(question.Id, out var given) ? given : _harness.Content.Choices(question.Id, "en")[0].Title;
            replies = await QualificationHarness.SayAsync(client, answer);
        }

        Assert.Equal(["consent", "budget", "authority", "need", "timeline"], asked.Take(5));
        var lead = await _harness.LeadAsync();
        Assert.NotNull(lead);
        Assert.False(lead.HasConsent);
        Assert.Equal("no", lead.Answers["consent"].Value);
        Assert.Null(lead.Name);
        Assert.Null(lead.WorkEmail);
        Assert.Null(lead.Company);
        Assert.Null(lead.Role);
        Assert.DoesNotContain(lead.Answers.Keys, personal.Contains);
        Assert.Equal("50000", lead.Answers["budget"].Value);
        var outcome = lead.Status switch
        {
            LeadStatus.Sql => "qualify.outcome.sql",
            LeadStatus.Mql => "qualify.outcome.mql",
            LeadStatus.Cold => "qualify.outcome.cold",
            _ => throw new Xunit.Sdk.XunitException($"No outcome reached: the lead is {lead.Status}."),
        };
        Assert.Equal(_harness.Text.Get(outcome, "en"), replies[^1]);

        var again = await QualificationHarness.SayAsync(_harness.Converse(), "hello again");
        Assert.DoesNotContain(_harness.Content.Ask("consent", "en"), again);
        Assert.DoesNotContain(_harness.Content.Ask("name", "en"), again);
    }

    /// <summary>Answers each question as it is asked, checking the bot asks the script's questions in order in the language.</summary>
    private async Task<List<string>> AnswerAllAsync(DialogTestClient client, string locale, Dictionary<string, string> answers)
    {
        var replies = await QualificationHarness.SayAsync(client, "hi");
        foreach (var question in _harness.Definition.Script.Questions)
        {
            Assert.Equal(_harness.Content.Ask(question.Id, locale), replies[^1]);
            var answer = answers.TryGetValue(question.Id, out var given) ? given : _harness.Content.Choices(question.Id, locale)[0].Title;
            replies = await QualificationHarness.SayAsync(client, answer);
        }
        return replies;
    }

    private static Dictionary<string, string> StrongAnswers(string locale) => locale == "ru"
        ? new()
        {
            ["name"] = "Анна Петрова",
            ["work-email"] = "anna@firma.example",
            ["company"] = "Фирма",
            ["role"] = "гендиректор",
            ["consent"] = "да",
            ["budget"] = "50000",
            ["authority"] = "я решаю",
        }
        : new()
        {
            ["name"] = "Ada Lovelace",
            ["work-email"] = "ada@acme.example",
            ["company"] = "Acme",
            ["role"] = "CTO",
            ["consent"] = "yes",
            ["budget"] = "50000",
            ["authority"] = "I decide",
            ["need"] = "lead capture",
            ["timeline"] = "asap",
        };
}
