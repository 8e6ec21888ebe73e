namespace PipelineBot.Sales.Qualification;

/// <summary>What a question's rules make of a value, with the reason in words for history and the rep's summary.</summary>
/// <param name="Verdict">Positive, negative or unknown.</param>
/// <param name="Why">Why, e.g. <c>5000 is below 10000</c>; never contains free text the visitor typed.</param>
public sealed record AnswerJudgement(Verdict Verdict, string Why);
