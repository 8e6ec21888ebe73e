namespace PipelineBot.Sales.Qualification;

/// <summary>How well a lead matches the ideal customer profile, with each matched rule so the rep card can explain it.</summary>
/// <param name="Points">The sum of the matched rules' points.</param>
/// <param name="Matches">Each matched rule in words, e.g. <c>industry 'software' +20</c>.</param>
/// <param name="Segment">The company-size band the lead falls in, or null; routing matches it against rep segments.</param>
public sealed record FitScore(int Points, IReadOnlyList<string> Matches, string? Segment);
