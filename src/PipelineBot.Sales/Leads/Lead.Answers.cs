using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Leads;

/// <summary>What the visitor tells and does: answers, consent, interactions and requests.</summary>
public sealed partial class Lead
{
    /// <summary>
    /// Records (or replaces, when the visitor corrects it) the answer to a question and fills the slot it declares.
    /// The question validates the value first, so a pre-filled value is held to the same rules as a typed one.
    /// </summary>
    /// <param name="question">The script question being answered.</param>
    /// <param name="rawText">What the visitor typed, or where a pre-filled value came from.</param>
    /// <param name="value">The value a recognizer made of it: choice id, number, yes/no, email or text.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The answer as recorded, with its verdict.</returns>
    /// <exception cref="InvalidAnswerException">The value breaks the question's rules; nothing is recorded.</exception>
    /// <exception cref="SalesDomainException">
    /// The lead's personal data has been erased, or the question fills a personal slot (<see cref="IsPersonalField"/>)
    /// and the visitor has not consented.
    /// </exception>
    public LeadAnswer RecordAnswer(QualificationQuestion question, string rawText, string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(question);
        EnsureNotErased("record an answer");
        if (IsPersonalField(question.Field) && !HasConsent)
        {
            throw new SalesDomainException(
                $"Cannot record the answer to '{question.Id}' on lead {Id}: it fills {question.Field}, which is personal data, "
                + "and the visitor has not consented to be contacted; ask for consent first.");
        }
        var answer = question.CreateAnswer(rawText, value, now);
        Fill(answer, now);
        _answers[answer.QuestionId] = answer;
        EngageIfNew($"answered '{answer.QuestionId}'", now);
        return answer;
    }

    /// <summary>Records consent to be contacted; consent already given keeps its original time.</summary>
    public void GiveConsent(DateTimeOffset now)
    {
        EnsureNotErased("record consent");
        ConsentGivenAt ??= now;
    }

    /// <summary>Withdraws consent to be contacted; personal data must then not outlive the conversation.</summary>
    public void WithdrawConsent() => ConsentGivenAt = null;

    /// <summary>Counts one interaction for engagement scoring; the first one engages a new lead.</summary>
    public void RecordInteraction(DateTimeOffset now)
    {
        Interactions++;
        LastInteractionAt = now;
        EngageIfNew("first interaction", now);
    }

    /// <summary>Notes that the visitor asked for a demo, which makes the lead sales-qualified once it is not cold.</summary>
    public void RequestDemo(DateTimeOffset now)
    {
        DemoRequested = true;
        EngageIfNew("asked for a demo", now);
    }

    /// <summary>Notes that the visitor asked for a quote, which makes the lead sales-qualified once it is not cold.</summary>
    public void RequestQuote(DateTimeOffset now)
    {
        QuoteRequested = true;
        EngageIfNew("asked for a quote", now);
    }

    private void Fill(LeadAnswer answer, DateTimeOffset now)
    {
        var value = answer.Value;
        switch (answer.Field)
        {
            case LeadField.Name: Name = value; break;
            case LeadField.WorkEmail: WorkEmail = EmailAddress.Parse(value!); break;
            case LeadField.Company: Company = value; break;
            case LeadField.Role: Role = value; break;
            case LeadField.Industry: Industry = value; break;
            case LeadField.CompanySize: CompanySize = value; break;
            case LeadField.Region: Region = value; break;
            case LeadField.Consent when value == QualificationQuestion.Yes: GiveConsent(now); break;
            case LeadField.Consent: WithdrawConsent(); break;
            case LeadField.None: break;
            default: throw new ArgumentOutOfRangeException(nameof(answer), answer.Field, "Unknown lead field.");
        }
    }

    private void EngageIfNew(string reason, DateTimeOffset now)
    {
        if (Status == LeadStatus.New)
        {
            MoveTo(LeadStatus.Engaged, Actor.Visitor, reason, now);
        }
    }

    private void EnsureNotErased(string action)
    {
        if (IsErased)
        {
            throw new SalesDomainException(
                $"Cannot {action} on lead {Id}: its personal data was erased at {ErasedAt:O}; start a new lead instead.");
        }
    }
}
