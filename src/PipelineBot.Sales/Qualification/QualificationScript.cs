using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// The ordered questions a visitor is asked, validated as a whole when created so a broken <c>dialogs/</c> file stops
/// start-up instead of a conversation. Knows which question comes next for a lead, skipping what is already known.
/// </summary>
public sealed class QualificationScript
{
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Creates the script from questions in the order they are asked.</summary>
    /// <exception cref="QualificationScriptException">Lists every problem found, by question position and id.</exception>
    public QualificationScript(IEnumerable<QualificationQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        Questions = [.. questions];
        var problems = QualificationScriptRules.Check(Questions);
        if (problems.Count > 0)
        {
            throw new QualificationScriptException(problems);
        }
        _indexById = Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The questions in the order they are asked.</summary>
    public IReadOnlyList<QualificationQuestion> Questions { get; }

    /// <summary>The question with the given id, or null when the script has none (e.g. it was removed since).</summary>
    public QualificationQuestion? Find(string questionId) => IndexOf(questionId) is var i and >= 0 ? Questions[i] : null;

    /// <summary>The question's position in the script (0-based), or -1 when the script has no such question.</summary>
    public int IndexOf(string questionId) => _indexById.GetValueOrDefault(questionId, -1);

    /// <summary>
    /// The first question the lead has neither answered nor has a value for (e.g. an email known from an event),
    /// so a returning visitor resumes where they stopped; null once everything is known.
    /// </summary>
    public QualificationQuestion? NextQuestionFor(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return Questions.FirstOrDefault(q => !lead.HasAnswered(q.Id) && !lead.HasValueFor(q.Field));
    }

    /// <summary>The answers score: each answer's points under the current weights; answers to removed questions score 0.</summary>
    public int AnswerPoints(IEnumerable<LeadAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Sum(a => a.Value is not null && Find(a.QuestionId) is { } question ? question.PointsFor(a.Value) : 0);
    }
}
