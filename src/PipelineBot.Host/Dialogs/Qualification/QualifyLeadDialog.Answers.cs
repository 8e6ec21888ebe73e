using System.Globalization;
using PipelineBot.Runtime.Builder;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>Recording answers: the one asked, the others the same sentence gave, and details the page sent.</summary>
public sealed partial class QualifyLeadDialog
{
    /// <summary>
    /// Takes details the page knows about the visitor. With consent they are recorded at once; without it they wait
    /// in the conversation, so nothing personal is stored unless the visitor agrees.
    /// </summary>
    public async Task RememberDetailsAsync(ITurnContext turnContext, VisitorDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(details);
        if (details.Values.Count == 0)
        {
            return;
        }
        var lead = await FindLeadAsync(turnContext, cancellationToken);
        if (lead is { HasConsent: true, IsErased: false })
        {
            RecordDetails(lead, details, _time.GetUtcNow());
            await _leads.SaveAsync(lead, cancellationToken);
            return;
        }
        await _pendingDetails.SetAsync(turnContext, details, cancellationToken);
    }

    private async Task RecordAsync(ITurnContext context, QualificationQuestion question, string value, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var activity = context.Activity;
        var lead = await FindLeadAsync(context, cancellationToken) ?? Lead.Start(Guid.NewGuid(), VisitorOf(activity), now);
        lead.RecordAnswer(question, activity.Text ?? string.Empty, value, now);
        lead.RecordInteraction(now);
        if (question.Field == LeadField.Consent)
        {
            if (lead.HasConsent && await _pendingDetails.GetAsync(context, cancellationToken: cancellationToken) is { } details)
            {
                RecordDetails(lead, details, now);
            }
            await _pendingDetails.DeleteAsync(context, cancellationToken);
        }
        var extracted = ExtractOtherAnswers(lead, question, activity.Text, activity.Locale);
        foreach (var extra in extracted)
        {
            lead.RecordAnswer(extra.Question, activity.Text ?? string.Empty, extra.Value, now);
        }
        await _leads.SaveAsync(lead, cancellationToken);
        if (extracted.Count > 0)
        {
            var noted = string.Join(", ", extracted.Select(e => $"{_display.Label(e.Question.Id, activity.Locale)}: {_display.Format(lead.Answers[e.Question.Id], activity.Locale)}"));
            var line = Text.Get("qualify.noted", activity.Locale, new Dictionary<string, string> { ["answers"] = noted });
            await context.SendActivityAsync(line, cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// Other open questions the message answers too, as in "I'm the CTO and we have about 50k". Only replies to choice
    /// and number questions are read this way: a name or company ("Lead Partners") is a name, not a sentence.
    /// </summary>
    private IReadOnlyList<ExtractedAnswer> ExtractOtherAnswers(Lead lead, QualificationQuestion current, string? text, string? locale)
    {
        if (current.PromptType is not (PromptType.Choice or PromptType.Number))
        {
            return [];
        }
        var open = _script.Questions.Where(q => q.Id != current.Id && !lead.HasAnswered(q.Id) && !lead.HasValueFor(q.Field) && MayAsk(q, lead));
        return AnswerExtractor.Extract(text, locale, _definition, [.. open], current);
    }

    /// <summary>Records each detail whose slot is still empty and whose value passes the question's rules; the rest are asked.</summary>
    private void RecordDetails(Lead lead, VisitorDetails details, DateTimeOffset now)
    {
        foreach (var (field, value) in details.Values)
        {
            var question = _script.Questions.FirstOrDefault(q => q.Field == field);
            if (question is not null && !lead.HasValueFor(field) && question.FindProblem(value) is null)
            {
                lead.RecordAnswer(question, value, value, now);
            }
        }
    }

    private static string Format(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);
}
