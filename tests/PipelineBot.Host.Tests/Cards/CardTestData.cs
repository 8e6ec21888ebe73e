using Microsoft.Extensions.Options;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Tests.Cards;

/// <summary>The shipped script and dialog content, and leads answered through the aggregate's own verbs.</summary>
internal static class CardTestData
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static readonly string[] Locales = ["en", "ru", "sr", "ro", "cs"];

    public static QualificationDefinition Definition { get; } =
        QualificationScriptLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "qualify-lead.yaml"));

    public static DialogText Text { get; } =
        new(Options.Create(new ContentOptions { DialogsPath = "dialogs", DefaultLocale = "en" }));

    public static AnswerDisplay Display { get; } = new(Definition, Text);

    /// <summary>Every question answered as a strong prospect would, in script order.</summary>
    public static (string QuestionId, string Value)[] StrongAnswers =>
    [
        ("consent", "yes"), ("name", "Ada Lovelace"), ("work-email", "ada@acme.example"), ("company", "Acme"),
        ("role", "executive"), ("budget", "50000"), ("authority", "decision-maker"), ("need", "lead-capture"),
        ("timeline", "this-quarter"), ("company-size", "mid-market"), ("industry", "software"), ("region", "europe"),
    ];

    public static Lead Lead(params (string QuestionId, string Value)[] answers)
    {
        var lead = Sales.Leads.Lead.Start(Guid.NewGuid(), new VisitorKey("webchat", "visitor-1"), Now);
        foreach (var (questionId, value) in answers)
        {
            lead.RecordAnswer(Definition.Script.Find(questionId)!, value, value, Now);
        }
        return lead;
    }

    /// <summary>The strong answers with some replaced, e.g. <c>("budget", "0")</c>.</summary>
    public static (string QuestionId, string Value)[] StrongAnswersWith(params (string QuestionId, string Value)[] changes)
    {
        var changed = changes.ToDictionary(c => c.QuestionId, c => c.Value);
        return [.. StrongAnswers.Select(a => (a.QuestionId, changed.GetValueOrDefault(a.QuestionId, a.Value)))];
    }

    public static QualificationDecision Qualify(Lead lead) =>
        new LeadQualifier(new ScoringOptions()).Qualify(lead, Definition.Script, Now);
}
