using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Tests.Qualification;

namespace PipelineBot.Sales.Tests.Leads;

public class LeadTests
{
    private readonly FakeTimeProvider _time = new(LeadBuilder.Epoch);
    private readonly QualificationScript _script = TestScript.Bant();

    [Fact]
    public void Start_NewVisitor_IsNewWithEmptyHistory()
    {
        var lead = Lead.Start(Guid.NewGuid(), new VisitorKey("webchat", "u1"), _time.GetUtcNow());

        Assert.Equal(LeadStatus.New, lead.Status);
        Assert.Empty(lead.History);
        Assert.Equal(_time.GetUtcNow(), lead.CreatedAt);
        Assert.Equal(0, lead.Version);
    }

    [Fact]
    public void Start_EmptyId_Throws()
    {
        Assert.Throws<ArgumentException>(() => Lead.Start(Guid.Empty, new VisitorKey("webchat", "u1"), _time.GetUtcNow()));
    }

    [Theory]
    [InlineData("", "u1")]
    [InlineData("webchat", " ")]
    public void VisitorKey_BlankPart_Throws(string channel, string user)
    {
        Assert.ThrowsAny<ArgumentException>(() => new VisitorKey(channel, user));
    }

    [Fact]
    public void RecordAnswer_FirstAnswer_EngagesLeadAsVisitor()
    {
        var lead = new LeadBuilder().WithClock(_time).Build();
        lead.GiveConsent(_time.GetUtcNow());

        lead.RecordAnswer(_script.Find("name")!, "I'm Ann", "Ann", _time.GetUtcNow());

        Assert.Equal(LeadStatus.Engaged, lead.Status);
        var entry = Assert.Single(lead.History);
        Assert.Equal((LeadStatus.New, LeadStatus.Engaged, Actor.Visitor), (entry.From, entry.To, entry.By));
        Assert.Equal("answered 'name'", entry.Reason);
    }

    [Fact]
    public void RecordAnswer_ContactAndProfileQuestions_FillTheirSlots()
    {
        var lead = new LeadBuilder().WithAnswers(TestScript.StrongProspect).Build();

        Assert.Equal(("Ann Smith", "ann@acme.example", "Acme", "executive"), (lead.Name, lead.WorkEmail?.Value, lead.Company, lead.Role));
        Assert.Equal(("software", "120", "eu"), (lead.Industry, lead.CompanySize, lead.Region));
        Assert.Equal("acme.example", lead.CompanyDomain);
        Assert.Equal(12, lead.Answers.Count);
    }

    [Fact]
    public void RecordAnswer_InvalidEmail_ThrowsAndRecordsNothing()
    {
        var lead = new LeadBuilder().Build();
        lead.GiveConsent(_time.GetUtcNow());

        var error = Assert.Throws<InvalidAnswerException>(() => lead.RecordAnswer(_script.Find("email")!, "a@b", "a@b", _time.GetUtcNow()));

        Assert.Equal("email", error.QuestionId);
        Assert.False(lead.HasAnswered("email"));
        Assert.Null(lead.WorkEmail);
        Assert.Equal(LeadStatus.New, lead.Status);
    }

    [Theory]
    [InlineData("name", "Ann")]
    [InlineData("email", "ann@acme.example")]
    [InlineData("company", "Acme")]
    [InlineData("role", "executive")]
    public void RecordAnswer_PersonalFieldWithoutConsent_ThrowsAndRecordsNothing(string questionId, string value)
    {
        var lead = new LeadBuilder().Build();

        var error = Assert.Throws<SalesDomainException>(() => lead.RecordAnswer(_script.Find(questionId)!, value, value, _time.GetUtcNow()));

        Assert.Contains("personal data", error.Message, StringComparison.Ordinal);
        Assert.Contains("not consented", error.Message, StringComparison.Ordinal);
        Assert.False(lead.HasAnswered(questionId));
        Assert.Null(lead.Name);
        Assert.Null(lead.WorkEmail);
        Assert.Null(lead.Company);
        Assert.Null(lead.Role);
        Assert.Equal(LeadStatus.New, lead.Status);
    }

    [Fact]
    public void RecordAnswer_PersonalFieldAfterConsentAnswer_FillsTheSlot()
    {
        var lead = new LeadBuilder().Build();
        lead.RecordAnswer(_script.Find("consent")!, "yes", "yes", _time.GetUtcNow());

        lead.RecordAnswer(_script.Find("name")!, "I'm Ann", "Ann", _time.GetUtcNow());
        lead.RecordAnswer(_script.Find("email")!, "ann@acme.example", "ann@acme.example", _time.GetUtcNow());

        Assert.Equal("Ann", lead.Name);
        Assert.Equal("ann@acme.example", lead.WorkEmail?.Value);
        Assert.True(lead.HasAnswered("name"));
    }

    [Fact]
    public void RecordAnswer_NonPersonalFieldWithoutConsent_IsRecorded()
    {
        var lead = new LeadBuilder().Build();

        lead.RecordAnswer(_script.Find("consent")!, "no", "no", _time.GetUtcNow());
        lead.RecordAnswer(_script.Find("budget")!, "50k", "50000", _time.GetUtcNow());
        lead.RecordAnswer(_script.Find("region")!, "eu", "eu", _time.GetUtcNow());

        Assert.False(lead.HasConsent);
        Assert.Equal("50000", lead.Answers["budget"].Value);
        Assert.Equal("eu", lead.Region);
    }

    [Fact]
    public void RecordAnswer_Correction_ReplacesEarlierAnswer()
    {
        var lead = new LeadBuilder().WithAnswer("budget", "5000").Build();

        lead.RecordAnswer(_script.Find("budget")!, "actually 20k", "20000", _time.GetUtcNow());

        var answer = lead.Answers["budget"];
        Assert.Equal(("20000", Verdict.Positive, "actually 20k"), (answer.Value, answer.Verdict, answer.RawText));
        Assert.Single(lead.Answers);
    }

    [Fact]
    public void RecordAnswer_ConsentYes_RecordsConsentWithTime()
    {
        var lead = new LeadBuilder().Build();
        _time.Advance(TimeSpan.FromMinutes(3));

        lead.RecordAnswer(_script.Find("consent")!, "sure", "yes", _time.GetUtcNow());

        Assert.True(lead.HasConsent);
        Assert.Equal(LeadBuilder.Epoch.AddMinutes(3), lead.ConsentGivenAt);
    }

    [Fact]
    public void RecordAnswer_ConsentNoAfterYes_WithdrawsConsent()
    {
        var lead = new LeadBuilder().WithAnswer("consent", "yes").Build();

        lead.RecordAnswer(_script.Find("consent")!, "no", "no", _time.GetUtcNow());

        Assert.False(lead.HasConsent);
        Assert.True(lead.HasValueFor(LeadField.Consent));
    }

    [Fact]
    public void GiveConsent_Twice_KeepsFirstTime()
    {
        var lead = new LeadBuilder().Build();
        lead.GiveConsent(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromDays(1));

        lead.GiveConsent(_time.GetUtcNow());

        Assert.Equal(LeadBuilder.Epoch, lead.ConsentGivenAt);
    }

    [Fact]
    public void RecordInteraction_ThreeTimes_CountsAllAndEngagesOnce()
    {
        var lead = new LeadBuilder().Build();

        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            lead.RecordInteraction(_time.GetUtcNow());
        }

        Assert.Equal(3, lead.Interactions);
        Assert.Equal(LeadBuilder.Epoch.AddMinutes(3), lead.LastInteractionAt);
        Assert.Single(lead.History);
    }

    [Fact]
    public void RequestDemoAndQuote_NewLead_SetFlagsAndEngage()
    {
        var lead = new LeadBuilder().Build();

        lead.RequestDemo(_time.GetUtcNow());
        lead.RequestQuote(_time.GetUtcNow());

        Assert.True(lead.DemoRequested);
        Assert.True(lead.QuoteRequested);
        Assert.Equal(LeadStatus.Engaged, lead.Status);
    }

    [Fact]
    public void BelongsTo_OtherVisitorOrChannel_False()
    {
        var lead = new LeadBuilder().ForVisitor("webchat", "u1").Build();

        Assert.True(lead.BelongsTo(new VisitorKey("webchat", "u1")));
        Assert.False(lead.BelongsTo(new VisitorKey("webchat", "u2")));
        Assert.False(lead.BelongsTo(new VisitorKey("teams", "u1")));
    }

    [Fact]
    public void HasValueFor_EmailKnown_TrueOnlyForThatSlot()
    {
        var lead = new LeadBuilder().WithEmail("ann@acme.example").Build();

        Assert.True(lead.HasValueFor(LeadField.WorkEmail));
        Assert.False(lead.HasValueFor(LeadField.Name));
        Assert.False(lead.HasValueFor(LeadField.None));
    }
}
