namespace PipelineBot.Host.Reps.Commands;

/// <summary>Who a command is carried out for, and the time zone their replies show times in.</summary>
/// <param name="Principal">The rep or manager; their <see cref="Principal.Scope"/> bounds every query and change.</param>
/// <param name="Zone">The zone their client reports, else the one configured for them.</param>
public sealed record Asker(Principal Principal, TimeZoneInfo Zone)
{
    /// <summary>The owner the pipeline queries are limited to; null for a manager, who sees everyone's.</summary>
    public string? OwnerRepId => Principal.Scope.OwnerRepId;

    /// <summary>True for a manager, whose lists name each deal's owner.</summary>
    public bool SeesEveryone => Principal.Role == PrincipalRole.Manager;
}
