using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Storage.Tests.Deals;

namespace PipelineBot.Storage.Tests.Leads;

/// <summary>Leads in given states, built through the aggregate's own verbs so each is a reachable one.</summary>
internal static class TestLeads
{
    public static readonly DateTimeOffset Epoch = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static readonly QualificationQuestion Name = new() { Id = "name", Field = LeadField.Name, MaxLength = 100 };
    public static readonly QualificationQuestion Email = new() { Id = "email", Field = LeadField.WorkEmail, PromptType = PromptType.Email };
    public static readonly QualificationQuestion Company = new() { Id = "company", Field = LeadField.Company };
    public static readonly QualificationQuestion Budget = new()
    {
        Id = "budget", Dimension = BantDimension.Budget, PromptType = PromptType.Number, Minimum = 0, NegativeBelow = 10_000, ScoreWeight = 10,
    };

    public static readonly LeadScore StrongScore = new(30, 5, 25, 60);

    /// <summary>An engaged lead that consented, then gave name, email, company and budget.</summary>
    public static Lead Engaged(string userId, string email = "ann.smith@acme.example", string name = "Ann Smith", string company = "Acme Ltd")
    {
        var lead = Lead.Start(Guid.NewGuid(), new VisitorKey("webchat", userId), Epoch);
        lead.GiveConsent(Epoch);
        lead.RecordAnswer(Name, $"I'm {name}", name, Epoch.AddMinutes(1));
        lead.RecordAnswer(Email, email, email, Epoch.AddMinutes(2));
        lead.RecordAnswer(Company, $"we are {company}", company, Epoch.AddMinutes(3));
        lead.RecordAnswer(Budget, "about 50k", "50000", Epoch.AddMinutes(4));
        lead.RecordInteraction(Epoch.AddMinutes(5));
        return lead;
    }

    /// <summary>Qualifies an engaged lead as SQL and gives it an owner.</summary>
    public static Lead MakeSql(Lead lead, string owner, AssignmentMethod method, DateTimeOffset assignedAt)
    {
        lead.Qualify(LeadStatus.Sql, StrongScore, ["budget above 10k", "asked for a demo"], Actor.System, assignedAt);
        lead.AssignOwner(owner, method, assignedAt);
        return lead;
    }

    /// <summary>Opens the deal an SQL lead's qualification opens.</summary>
    public static Deal OpenDeal(Lead lead, Guid? id = null) =>
        Deal.Open(id ?? Guid.NewGuid(), lead, TestDeals.Pipeline, Actor.System, lead.OwnerAssignedAt ?? Epoch);
}
