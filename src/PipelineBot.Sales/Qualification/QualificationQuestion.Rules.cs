using System.Globalization;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>Validating, normalising, judging and scoring a value, the same for typed and pre-filled answers.</summary>
public sealed partial class QualificationQuestion
{
    /// <summary>What is wrong with the value under this question's rules, or null when it is valid; for re-prompts.</summary>
    public string? FindProblem(string? value)
    {
        Normalise(value, out var problem);
        return problem;
    }

    /// <summary>Validates and normalises a value and judges it, producing the answer a lead records.</summary>
    /// <exception cref="InvalidAnswerException">The value breaks the question's rules.</exception>
    public LeadAnswer CreateAnswer(string rawText, string value, DateTimeOffset now)
    {
        var normalised = Normalise(value, out var problem) ?? throw InvalidAnswerException.For(Id, problem!);
        var raw = rawText ?? string.Empty;
        raw = raw.Length > MaxRawTextLength ? raw[..MaxRawTextLength] : raw;
        return new LeadAnswer(Id, Field, PromptType, raw, normalised, Dimension, Judge(normalised).Verdict, now);
    }

    /// <summary>Judges a normalised value: positive only when a rule exists and passes, unknown when no rule applies.</summary>
    public AnswerJudgement Judge(string value)
    {
        if (Dimension is null)
        {
            return new(Verdict.Unknown, "feeds no BANT dimension");
        }
        return PromptType switch
        {
            PromptType.Choice => JudgeChoice(value),
            PromptType.Number when NegativeBelow is { } limit => ParseNumber(value) < limit
                ? new(Verdict.Negative, $"{value} is below {Format(limit)}")
                : new(Verdict.Positive, $"{value} is at least {Format(limit)}"),
            PromptType.Confirm when NegativeAnswer is { } negative => (value == Yes) == negative
                ? new(Verdict.Negative, $"answered '{value}', which counts as negative")
                : new(Verdict.Positive, $"answered '{value}'"),
            _ => new(Verdict.Unknown, "no rule judges this answer"),
        };
    }

    /// <summary>The points a normalised value earns: the chosen choice's weight, else the question's unless negative.</summary>
    public int PointsFor(string value)
    {
        if (PromptType == PromptType.Choice)
        {
            return FindChoice(value)?.ScoreWeight ?? 0;
        }
        return Judge(value).Verdict == Verdict.Negative ? 0 : ScoreWeight;
    }

    private AnswerJudgement JudgeChoice(string value) => FindChoice(value) switch
    {
        null => new(Verdict.Unknown, $"'{value}' is no longer a choice"),
        { CountsAsNegative: true } => new(Verdict.Negative, $"chose '{value}', which counts as negative"),
        { CountsAsUnknown: true } => new(Verdict.Unknown, $"chose '{value}', which leaves it open"),
        _ => new(Verdict.Positive, $"chose '{value}'"),
    };

    private string? Normalise(string? value, out string? problem)
    {
        problem = null;
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problem = "is empty";
            return null;
        }
        var normalised = PromptType switch
        {
            PromptType.Text => NormaliseText(trimmed, out problem),
            PromptType.Email => EmailAddress.TryParse(trimmed, out var email) ? email.Value : Fail(out problem, "is not a valid email address (expected name@company.example)"),
            PromptType.Number => NormaliseNumber(trimmed, out problem),
            PromptType.Choice => FindChoice(trimmed)?.Id ?? Fail(out problem, $"is not one of: {string.Join(", ", Choices.Select(c => c.Id))}"),
            PromptType.Confirm => NormaliseConfirm(trimmed, out problem),
            _ => Fail(out problem, $"has an unknown prompt type {PromptType}"),
        };
        return problem is null ? normalised : null;
    }

    private string? NormaliseText(string text, out string? problem) =>
        text.Length > MaxLength ? Fail(out problem, $"is longer than {MaxLength} characters")
        : text.Any(char.IsControl) ? Fail(out problem, "contains control characters")
        : text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal) ? Fail(out problem, "looks like markup")
        : !text.Any(char.IsLetterOrDigit) ? Fail(out problem, "has no letters or digits")
        : Pass(out problem, text);

    private string? NormaliseNumber(string text, out string? problem)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return Fail(out problem, "is not a number");
        }
        return number < Minimum ? Fail(out problem, $"is below the minimum of {Format(Minimum.Value)}")
            : number > Maximum ? Fail(out problem, $"is above the maximum of {Format(Maximum.Value)}")
            : Pass(out problem, Format(number));
    }

    private static string? NormaliseConfirm(string text, out string? problem) => text.ToUpperInvariant() switch
    {
        "YES" or "TRUE" => Pass(out problem, Yes),
        "NO" or "FALSE" => Pass(out problem, No),
        _ => Fail(out problem, "is not yes or no"),
    };

    private static decimal ParseNumber(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Format(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);

    private static string? Fail(out string? problem, string message)
    {
        problem = message;
        return null;
    }

    private static string Pass(out string? problem, string value)
    {
        problem = null;
        return value;
    }
}
