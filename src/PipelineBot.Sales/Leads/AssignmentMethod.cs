namespace PipelineBot.Sales.Leads;

/// <summary>How a lead got its owner, kept so the round-robin cursor can be derived from stored leads.</summary>
public enum AssignmentMethod
{
    /// <summary>Someone chose the rep by hand.</summary>
    Manual,

    /// <summary>The rep already owns another lead from the same company domain.</summary>
    OwnerFirst,

    /// <summary>The next eligible rep in turn.</summary>
    RoundRobin,
}
