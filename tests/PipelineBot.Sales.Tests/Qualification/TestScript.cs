using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Tests.Qualification;

/// <summary>A script shaped like the one in dialogs/: contact capture, consent, profile and the four BANT questions.</summary>
internal static class TestScript
{
    public static QualificationScript Bant() => new(Questions());

    public static List<QualificationQuestion> Questions() =>
    [
        new() { Id = "name", Field = LeadField.Name, MaxLength = 100 },
        new() { Id = "email", Field = LeadField.WorkEmail, PromptType = PromptType.Email, ScoreWeight = 5 },
        new() { Id = "company", Field = LeadField.Company },
        Choice("role", LeadField.Role, null, ("executive", 10, Verdict.Positive), ("manager", 5, Verdict.Positive), ("individual", 0, Verdict.Positive)),
        Choice("industry", LeadField.Industry, null, ("software", 0, Verdict.Positive), ("retail", 0, Verdict.Positive), ("other", 0, Verdict.Positive)),
        new() { Id = "size", Field = LeadField.CompanySize, PromptType = PromptType.Number, Minimum = 1 },
        Choice("region", LeadField.Region, null, ("eu", 0, Verdict.Positive), ("us", 0, Verdict.Positive), ("apac", 0, Verdict.Positive)),
        new() { Id = "consent", Field = LeadField.Consent, PromptType = PromptType.Confirm },
        new()
        {
            Id = "budget", Dimension = BantDimension.Budget, PromptType = PromptType.Number,
            Minimum = 0, NegativeBelow = 10_000, ScoreWeight = 10,
        },
        Choice("authority", LeadField.None, BantDimension.Authority, ("decide", 10, Verdict.Positive), ("influence", 5, Verdict.Positive), ("none", 0, Verdict.Negative)),
        Choice("need", LeadField.None, BantDimension.Need, ("urgent", 15, Verdict.Positive), ("nice", 5, Verdict.Positive), ("none", 0, Verdict.Negative), ("unsure", 0, Verdict.Unknown)),
        Choice("timeline", LeadField.None, BantDimension.Timeline, ("quarter", 10, Verdict.Positive), ("year", 5, Verdict.Positive), ("never", 0, Verdict.Negative)),
    ];

    public static QualificationQuestion Choice(
        string id, LeadField field, BantDimension? dimension, params (string Id, int Weight, Verdict Verdict)[] choices) => new()
    {
        Id = id,
        Field = field,
        Dimension = dimension,
        PromptType = PromptType.Choice,
        Choices = [.. choices.Select(c => new QualificationChoice
        {
            Id = c.Id, ScoreWeight = c.Weight,
            CountsAsNegative = c.Verdict == Verdict.Negative, CountsAsUnknown = c.Verdict == Verdict.Unknown,
        })],
    };

    /// <summary>Answers of a strong prospect: executive at a mid-sized EU software company with budget and urgency.</summary>
    public static (string Question, string Value)[] StrongProspect =>
    [
        ("name", "Ann Smith"), ("email", "ann@acme.example"), ("company", "Acme"), ("role", "executive"),
        ("industry", "software"), ("size", "120"), ("region", "eu"), ("consent", "yes"),
        ("budget", "50000"), ("authority", "decide"), ("need", "urgent"), ("timeline", "quarter"),
    ];

    /// <summary>Answers of a middling prospect: not disqualified, but small, junior and not urgent.</summary>
    public static (string Question, string Value)[] MiddlingProspect =>
    [
        ("name", "Bob"), ("email", "bob@shop.example"), ("company", "Shop"), ("role", "individual"),
        ("industry", "retail"), ("size", "8"), ("region", "apac"), ("consent", "yes"),
        ("budget", "12000"), ("authority", "influence"), ("need", "nice"), ("timeline", "year"),
    ];
}
