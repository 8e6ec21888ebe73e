namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Next step for Acme: send contract by Friday".</summary>
/// <param name="Deal">The deal named.</param>
/// <param name="Step">What is to be done ("send contract"); a trailing "by Friday" becomes <paramref name="Due"/>.</param>
/// <param name="Due">The date the step is due, on the rep's clock; null when none was said.</param>
public sealed record SetNextStepCommand(NameMatch Deal, string Step, DateOnly? Due) : RepCommand;
