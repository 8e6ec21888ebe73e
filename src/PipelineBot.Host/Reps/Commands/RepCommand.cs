namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// Something a rep or manager asked the assistant to do, recognised from their message with its arguments. Commands
/// carry what was said, never what it may reveal: the dispatcher applies the asker's <see cref="Principal.Scope"/>.
/// </summary>
public abstract record RepCommand;
