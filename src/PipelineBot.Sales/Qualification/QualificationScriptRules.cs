using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>The consistency rules of a script, one message per problem, kept out of the script type for length.</summary>
internal static class QualificationScriptRules
{
    public static List<string> Check(IReadOnlyList<QualificationQuestion> questions)
    {
        var problems = new List<string>();
        if (questions.Count == 0)
        {
            problems.Add("the script has no questions");
        }
        var firstWithId = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstWithField = new Dictionary<LeadField, int>();
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var at = $"question {i + 1} ('{question.Id}')";
            if (string.IsNullOrWhiteSpace(question.Id))
            {
                problems.Add($"question {i + 1}: has no id");
            }
            else if (!firstWithId.TryAdd(question.Id, i + 1))
            {
                problems.Add($"{at}: repeats the id of question {firstWithId[question.Id]}");
            }
            if (question.Field != LeadField.None && !firstWithField.TryAdd(question.Field, i + 1))
            {
                problems.Add($"{at}: fills {question.Field}, which question {firstWithField[question.Field]} already fills");
            }
            problems.AddRange(CheckQuestion(question).Select(problem => $"{at}: {problem}"));
        }
        return problems;
    }

    private static IEnumerable<string> CheckQuestion(QualificationQuestion q)
    {
        var type = q.PromptType;
        if (type != PromptType.Choice && q.Choices.Count > 0)
        {
            yield return $"has choices but is a {type} question";
        }
        if (type != PromptType.Number && (q.NegativeBelow ?? q.Minimum ?? q.Maximum) is not null)
        {
            yield return $"sets negativeBelow, minimum or maximum but is a {type} question";
        }
        if (type != PromptType.Confirm && q.NegativeAnswer is not null)
        {
            yield return $"sets negativeAnswer but is a {type} question";
        }
        if (q.Minimum > q.Maximum)
        {
            yield return $"has a minimum ({q.Minimum}) above its maximum ({q.Maximum})";
        }
        if (type == PromptType.Text && q.MaxLength < 1)
        {
            yield return $"has maxLength {q.MaxLength}; it must be at least 1";
        }
        if (q.Field == LeadField.WorkEmail && type != PromptType.Email)
        {
            yield return $"fills WorkEmail as a {type} question; a work email is asked as an Email question";
        }
        if (type == PromptType.Email && q.Field is not (LeadField.WorkEmail or LeadField.None))
        {
            yield return $"is an Email question but fills {q.Field}; an email can only fill WorkEmail";
        }
        if (q.Field == LeadField.Consent && type != PromptType.Confirm)
        {
            yield return $"fills Consent as a {type} question; consent is asked as a Confirm question";
        }
        foreach (var problem in CheckChoices(q))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CheckChoices(QualificationQuestion q)
    {
        if (q.PromptType == PromptType.Choice && q.Choices.Count == 0)
        {
            yield return "is a Choice question without choices";
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < q.Choices.Count; i++)
        {
            var choice = q.Choices[i];
            if (string.IsNullOrWhiteSpace(choice.Id))
            {
                yield return $"choice {i + 1} has no id";
            }
            else if (!seen.Add(choice.Id))
            {
                yield return $"choice {i + 1} repeats the id '{choice.Id}'";
            }
            if (choice.CountsAsNegative && choice.CountsAsUnknown)
            {
                yield return $"choice '{choice.Id}' counts as both negative and unknown";
            }
        }
    }
}
