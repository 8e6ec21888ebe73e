namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Who should I call today?": the deals whose next step or silence calls for a call now.</summary>
public sealed record CallTodayCommand : RepCommand;
