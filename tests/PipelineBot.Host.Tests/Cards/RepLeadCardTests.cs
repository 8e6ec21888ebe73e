using PipelineBot.Host.Cards;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Tests.Cards;

public sealed class RepLeadCardTests
{
    private readonly RepLeadCard _builder = new(CardTestData.Definition.Script, CardTestData.Display, CardTestData.Text);

    [Fact]
    public void Build_NewSql_ShowsWhoWhyOwnerAndDealAndOffersAcceptAndRejectForThisLead()
    {
        var (lead, result) = QualifiedSql();

        var card = CardAssert.Valid(_builder.Build(lead, result));

        Assert.Equal(["Ada Lovelace", "Acme · ada@acme.example"], CardAssert.Texts(card)[..2]);
        var facts = CardAssert.Facts(card);
        Assert.Contains(("Status", "SQL (sales-qualified)"), facts);
        Assert.Contains(("Owner", "rep-ana"), facts);
        Assert.Contains(("Routing", "next in turn"), facts);
        Assert.Contains(("Deal stage", "Contact"), facts);
        Assert.Contains(CardAssert.Texts(card), t => t.StartsWith("• score ", StringComparison.Ordinal) && t.Contains("reaches the SQL threshold", StringComparison.Ordinal));

        var accept = CardAssert.Action(card, "Accept");
        Assert.Equal("Action.Submit", (string?)accept["type"]);
        Assert.Equal($$"""{"action":"lead.accept","leadId":"{{lead.Id}}"}""", accept["data"]!.ToJsonString());
        var reject = CardAssert.Action(card, "Reject");
        Assert.Equal("Action.ShowCard", (string?)reject["type"]);
        var reason = Assert.Single(CardAssert.Body(reject["card"]!.AsObject()));
        Assert.Equal(("Input.Text", "reason", true), ((string?)reason["type"], (string?)reason["id"], (bool)reason["isRequired"]!));
        Assert.False(string.IsNullOrWhiteSpace((string?)reason["placeholder"]));
        var submit = Assert.Single(CardAssert.Actions(reject["card"]!.AsObject()));
        Assert.Equal($$"""{"action":"lead.reject","leadId":"{{lead.Id}}"}""", submit["data"]!.ToJsonString());
    }

    [Fact]
    public void Build_Score_ShowsEveryPartAndTheTotal()
    {
        var (lead, result) = QualifiedSql();
        var score = result.Decision.Score;

        var card = CardAssert.Valid(_builder.Build(lead, result));

        Assert.Contains(("Score", $"{score.Total} (fit {score.Fit}, engagement {score.Engagement}, answers {score.Answers})"), CardAssert.Facts(card));
    }

    [Fact]
    public void Build_TwoNegativeBantAnswers_ExplainsBothAndOffersNoButtons()
    {
        var lead = CardTestData.Lead(CardTestData.StrongAnswersWith(("budget", "0"), ("authority", "researching")));
        var decision = CardTestData.Qualify(lead);

        var card = CardAssert.Valid(_builder.Build(lead, decision));

        Assert.Equal(LeadStatus.Cold, lead.Status);
        var bant = CardAssert.Facts(card, factSet: 1);
        Assert.Equal(
            [("Budget", "Negative: 0"), ("Authority", "Negative: I'm researching for someone else"),
             ("Need", "Positive: Capturing and qualifying website leads"), ("Timeline", "Positive: This quarter")],
            bant);
        var reasons = CardAssert.Texts(card).Where(t => t.StartsWith("• ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("Budget", StringComparison.Ordinal) && r.Contains("(budget)", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("Authority", StringComparison.Ordinal) && r.Contains("(authority)", StringComparison.Ordinal));
        Assert.Contains(("Status", "Cold"), CardAssert.Facts(card));
        Assert.Contains(("Owner", "Unassigned"), CardAssert.Facts(card));
        Assert.Empty(CardAssert.Actions(card));
    }

    [Fact]
    public void Build_BantAnswers_ShowFormattedForTheRep()
    {
        var (lead, result) = QualifiedSql();

        var card = CardAssert.Valid(_builder.Build(lead, result));

        Assert.Contains(("Budget", "Positive: 50,000"), CardAssert.Facts(card, factSet: 1));
    }

    [Fact]
    public void Build_VisitorWithoutConsentOrErased_IsAnonymous()
    {
        var declined = CardTestData.Lead(
            ("consent", "no"), ("budget", "50000"), ("authority", "decision-maker"), ("need", "lead-capture"), ("timeline", "this-quarter"));
        var (erased, result) = QualifiedSql();
        erased.ErasePersonalData(CardTestData.Now);

        var declinedCard = CardAssert.Valid(_builder.Build(declined, CardTestData.Qualify(declined)));
        var erasedCard = CardAssert.Valid(_builder.Build(erased, result));

        Assert.Equal("Anonymous lead", CardAssert.Texts(declinedCard)[0]);
        Assert.Equal("Anonymous lead", CardAssert.Texts(erasedCard)[0]);
        Assert.DoesNotContain("Lovelace", erasedCard.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("acme", erasedCard.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Build_MarkdownInWhatTheVisitorTyped_ShowsAsTyped()
    {
        var lead = CardTestData.Lead(CardTestData.StrongAnswersWith(("name", "[Accept](https://evil.example) *now*")));
        var decision = CardTestData.Qualify(lead);

        var card = CardAssert.Valid(_builder.Build(lead, decision));

        Assert.Equal(@"\[Accept\](https://evil.example) \*now\*", CardAssert.Texts(card)[0]);
    }

    private static (Lead Lead, QualificationResult Result) QualifiedSql()
    {
        var lead = CardTestData.Lead(CardTestData.StrongAnswers);
        var decision = CardTestData.Qualify(lead);
        Assert.Equal(LeadStatus.Sql, decision.Outcome);
        var routing = new RoutingDecision("rep-ana", AssignmentMethod.RoundRobin, "next in turn");
        lead.AssignOwner("rep-ana", AssignmentMethod.RoundRobin, CardTestData.Now);
        var pipeline = new SalesPipeline(new PipelineDefinitionOptions { Name = "New business", Stages = [new() { Name = "Contact" }] });
        var deal = Deal.Open(Guid.NewGuid(), lead, pipeline, Actor.System, CardTestData.Now);
        return (lead, new QualificationResult(decision, routing, deal));
    }
}
