using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Tests.Qualification;

namespace PipelineBot.Sales.Tests.Leads;

public class LeadErasureTests
{
    private readonly FakeTimeProvider _time = new(LeadBuilder.Epoch);

    private Lead QualifiedProspect()
    {
        var lead = new LeadBuilder().WithClock(_time).WithAnswers(TestScript.StrongProspect).WithInteractions(4).Build();
        lead.Qualify(LeadStatus.Mql, new LeadScore(60, 8, 40, 108), ["strong"], Actor.System, _time.GetUtcNow());
        return lead;
    }

    [Fact]
    public void ErasePersonalData_QualifiedLead_RemovesContactDetailsAndVisitorLink()
    {
        var lead = QualifiedProspect();
        _time.Advance(TimeSpan.FromDays(2));

        lead.ErasePersonalData(_time.GetUtcNow());

        Assert.Equal((null, null, null, null), (lead.Name, lead.WorkEmail, lead.Company, lead.Role));
        Assert.Null(lead.Visitor);
        Assert.Null(lead.CompanyDomain);
        Assert.False(lead.BelongsTo(new VisitorKey("webchat", "visitor-1")));
        Assert.Equal(LeadBuilder.Epoch.AddDays(2), lead.ErasedAt);
        Assert.True(lead.IsErased);
    }

    [Fact]
    public void ErasePersonalData_Answers_DropsTypedTextAndFreeTextValues()
    {
        var lead = QualifiedProspect();

        lead.ErasePersonalData(_time.GetUtcNow());

        Assert.All(lead.Answers.Values, a => Assert.Null(a.RawText));
        Assert.Null(lead.Answers["name"].Value);
        Assert.Null(lead.Answers["email"].Value);
        Assert.Null(lead.Answers["company"].Value);
        Assert.Null(lead.Answers["role"].Value);
        Assert.Equal("50000", lead.Answers["budget"].Value);
        Assert.Equal(("urgent", Verdict.Positive), (lead.Answers["need"].Value, lead.Answers["need"].Verdict));
    }

    [Fact]
    public void ErasePersonalData_QualifiedLead_KeepsAnonymousFactsForMetrics()
    {
        var lead = QualifiedProspect();
        var history = lead.History.ToList();

        lead.ErasePersonalData(_time.GetUtcNow());

        Assert.Equal(LeadStatus.Mql, lead.Status);
        Assert.Equal(new LeadScore(60, 8, 40, 108), lead.Score);
        Assert.Equal(4, lead.Interactions);
        Assert.Equal(12, lead.Answers.Count);
        Assert.Equal(("software", "120", "eu"), (lead.Industry, lead.CompanySize, lead.Region));
        Assert.Equal(history, lead.History);
    }

    [Fact]
    public void ErasePersonalData_Snapshot_ContainsNoPersonalValue()
    {
        var lead = QualifiedProspect();

        lead.ErasePersonalData(_time.GetUtcNow());

        var stored = JsonSerializer.Serialize(lead.ToSnapshot());
        foreach (var personal in new[] { "Ann", "acme.example", "Acme", "visitor-1", "executive" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void ErasePersonalData_Twice_KeepsFirstTime()
    {
        var lead = QualifiedProspect();
        lead.ErasePersonalData(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromHours(1));

        lead.ErasePersonalData(_time.GetUtcNow());

        Assert.Equal(LeadBuilder.Epoch, lead.ErasedAt);
    }

    [Fact]
    public void RecordAnswer_AfterErasure_ThrowsClearMessage()
    {
        var lead = QualifiedProspect();
        lead.ErasePersonalData(_time.GetUtcNow());

        var error = Assert.Throws<SalesDomainException>(() =>
            lead.RecordAnswer(TestScript.Bant().Find("name")!, "Ann", "Ann", _time.GetUtcNow()));

        Assert.Contains("personal data was erased", error.Message, StringComparison.Ordinal);
        Assert.Null(lead.Name);
    }
}
