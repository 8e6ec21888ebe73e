namespace PipelineBot.Host.Reps;

/// <summary>What a person on the sales team may see of the pipeline.</summary>
public enum PrincipalRole
{
    /// <summary>Sees the deals they own.</summary>
    Rep,

    /// <summary>Sees every rep's deals.</summary>
    Manager,
}
