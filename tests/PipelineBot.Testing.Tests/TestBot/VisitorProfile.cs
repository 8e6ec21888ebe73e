namespace PipelineBot.Testing.Tests.TestBot;

/// <summary>What the test bot remembers about a visitor, in user state.</summary>
public sealed record VisitorProfile(string Name, string Company)
{
    public int Visits { get; init; } = 1;

    public bool DemoBooked { get; init; }
}
