namespace PipelineBot.Host.Tools;

/// <summary><c>seed-demo [--deals N] [--force]</c>: fill the database with the demo pipeline.</summary>
/// <param name="Deals">How many deals to make.</param>
/// <param name="Force">Seed even though the database already has deals.</param>
public sealed record SeedDemoRequest(int Deals, bool Force) : ToolRequest
{
    /// <summary>Deals made when <c>--deals</c> is not given: several hundred, enough for every stage and rep.</summary>
    public const int DefaultDeals = 300;
}
